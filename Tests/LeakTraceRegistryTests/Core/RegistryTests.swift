import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryTests: XCTestCase {
    func testCreateStoresPipelineAndIdentityWithOwnerOnlyMode() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        XCTAssertEqual(try fixture.registry.pipeline(), RegistryFixture.pipeline)
        XCTAssertEqual(try fixture.registry.identity().id, "reg-test")
        XCTAssertEqual(try fixture.registry.identity().publicKeyHex, "00ff")
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        XCTAssertEqual(try fixture.registry.integrityCheck(), "ok")
    }

    func testCreateRefusesToOverwrite() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        XCTAssertThrowsError(try Registry.create(at: fixture.path, pipeline: RegistryFixture.pipeline, registryID: "x", publicKeyHex: "00", createdAt: Date())) { error in
            XCTAssertTrue(String(describing: error).contains("already exists"))
        }
        XCTAssertEqual(try Registry.open(at: fixture.path).identity().id, "reg-test")
    }

    func testOpenMissingRegistryNamesThePath() {
        XCTAssertThrowsError(try Registry.open(at: "/nonexistent/leaktrace.db")) { error in
            XCTAssertTrue(String(describing: error).contains("/nonexistent/leaktrace.db"))
        }
    }

    func testReopenedRegistryKeepsEverything() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p000000", count: 2), [RegistryFixture.canary(first, plantID: "p000000"), RegistryFixture.canary(first + 1, plantID: "p000000")])
        }
        let reopened = try fixture.reopened()
        XCTAssertEqual(try reopened.canaries().map(\.id), ["c000000", "c000001"])
        XCTAssertEqual(try reopened.plants().map(\.id), ["p000000"])
    }
}
