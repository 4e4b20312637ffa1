import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryRollbackTests: XCTestCase {
    private func recordPlant(_ fixture: RegistryFixture, id: String, count: Int) throws {
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: id, count: count), (first..<(first + count)).map { RegistryFixture.canary($0, plantID: id) })
        }
    }

    func testHealthListsTheInterruptedPlantAndFindsNoDamage() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try recordPlant(fixture, id: "p0", count: 3)
        try fixture.registry.markExported(plantID: "p0", path: "/tmp/a.csv", sha256: "aa", actor: "tester")
        try recordPlant(fixture, id: "p3", count: 2)
        let health = try fixture.registry.health()
        XCTAssertEqual(health.integrity, "ok")
        XCTAssertTrue(health.isSound, health.problems.joined(separator: "; "))
        XCTAssertEqual(health.plantCount, 2)
        XCTAssertEqual(health.canaryCount, 5)
        XCTAssertEqual(health.interrupted.map(\.id), ["p3"])
    }

    func testRollBackRemovesTheCanariesKeysAndPlantInOneAuditedStep() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try recordPlant(fixture, id: "p0", count: 3)
        try fixture.registry.markExported(plantID: "p0", path: "/tmp/a.csv", sha256: "aa", actor: "tester")
        _ = try fixture.registry.recordPlant(actor: "tester", count: 4) { _ in RegistryFixture.plant(id: "p3", count: 4) } canary: { sequence, _ in
            var draft = RegistryFixture.canary(sequence, plantID: "p3")
            draft.viewKeys = [Int64(1000 + sequence)]
            draft.nearKeys = [Int64(2000 + sequence)]
            return draft
        }
        XCTAssertEqual(try fixture.registry.rollBack(plantIDs: ["p3"], actor: "tester", reason: "killed"), 4)
        XCTAssertEqual(try fixture.registry.plants().map(\.id), ["p0"])
        XCTAssertEqual(try fixture.registry.canaryCount(), 3)
        let queue = try DatabaseQueue(path: fixture.path)
        let keys = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM canary_view_key) + (SELECT COUNT(*) FROM canary_near_key)")
        }
        XCTAssertEqual(keys, 0, "the plant's index keys go with it")
        let last = try XCTUnwrap(fixture.registry.auditEntries().last)
        XCTAssertEqual(last.action, "rollback")
        XCTAssertTrue(last.detail.contains("p3 (4 canaries"), last.detail)
        XCTAssertEqual(try fixture.registry.verifyAuditLog(), [])
        // The freed sequence numbers are used again: the registry is as it was before the plant.
        try recordPlant(fixture, id: "p3-again", count: 1)
        XCTAssertEqual(try fixture.registry.canaries(plantID: "p3-again").first?.sequence, 3)
    }

    func testRollBackRefusesExportedPlantsAndChangesNothing() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try recordPlant(fixture, id: "p0", count: 2)
        try fixture.registry.markExported(plantID: "p0", path: "/tmp/a.csv", sha256: "aa", actor: "tester")
        try recordPlant(fixture, id: "p2", count: 2)
        let entries = try fixture.registry.auditEntries().count
        XCTAssertThrowsError(try fixture.registry.rollBack(plantIDs: ["p2", "p0"], actor: "tester", reason: "x")) { error in
            XCTAssertEqual(String(describing: error), "registry: plant p0 was exported; only an interrupted plant (status recorded) is rolled back")
        }
        XCTAssertEqual(try fixture.registry.canaryCount(), 4, "one transaction: p2 was not removed either")
        XCTAssertEqual(try fixture.registry.auditEntries().count, entries)
        XCTAssertThrowsError(try fixture.registry.rollBack(plantIDs: ["nope"], actor: "tester", reason: "x"))
    }
}
