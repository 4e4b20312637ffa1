import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class RegistrySecretTests: XCTestCase {
    func testKeyFileIsOwnerOnlyAndRoundTrips() throws {
        let folder = try TemporaryFolder("secret")
        defer { folder.remove() }
        let secret = RegistrySecret.generate()
        try secret.write(to: folder.path("k.key"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("k.key"))[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        let loaded = try RegistrySecret.load(from: folder.path("k.key"))
        XCTAssertEqual(loaded.bytes, secret.bytes)
        XCTAssertThrowsError(try secret.write(to: folder.path("k.key")), "a key file is never overwritten")
    }

    func testGroupReadableKeyFileIsRefused() throws {
        let folder = try TemporaryFolder("secret")
        defer { folder.remove() }
        try RegistrySecret.generate().write(to: folder.path("k.key"))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder.path("k.key"))
        XCTAssertThrowsError(try RegistrySecret.load(from: folder.path("k.key"))) { error in
            XCTAssertTrue(String(describing: error).contains("chmod 600"), "\(error)")
        }
    }

    func testSeedsAreDeterministicAndDistinct() {
        let secret = RegistrySecret(bytes: Array(repeating: 7, count: 32))
        let other = RegistrySecret(bytes: Array(repeating: 8, count: 32))
        XCTAssertEqual(secret.canarySeed(sequence: 5, attempt: 0), secret.canarySeed(sequence: 5, attempt: 0))
        XCTAssertNotEqual(secret.canarySeed(sequence: 5, attempt: 0), secret.canarySeed(sequence: 5, attempt: 1))
        XCTAssertNotEqual(secret.canarySeed(sequence: 5, attempt: 0), secret.canarySeed(sequence: 6, attempt: 0))
        XCTAssertNotEqual(secret.canarySeed(sequence: 5, attempt: 0), other.canarySeed(sequence: 5, attempt: 0))
        XCTAssertEqual(secret.canarySeed(sequence: 5, attempt: 0).count, 32)
    }

    func testSigningKeyIsDerivedFromTheSecret() throws {
        let secret = RegistrySecret(bytes: Array(repeating: 7, count: 32))
        XCTAssertEqual(try secret.signingKey().publicKey, try RegistrySecret(bytes: Array(repeating: 7, count: 32)).signingKey().publicKey)
        XCTAssertNotEqual(try secret.signingKey().publicKey, try RegistrySecret(bytes: Array(repeating: 9, count: 32)).signingKey().publicKey)
    }

    func testWorkspaceRefusesAKeyFromAnotherRegistry() throws {
        let folder = try TemporaryFolder("secret")
        defer { folder.remove() }
        let pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")
        _ = try Workspace.create(RegistryLocation(path: folder.path("a.db")), pipeline: pipeline)
        _ = try Workspace.create(RegistryLocation(path: folder.path("b.db")), pipeline: pipeline)
        try FileManager.default.removeItem(atPath: folder.path("a.db.key"))
        try FileManager.default.copyItem(atPath: folder.path("b.db.key"), toPath: folder.path("a.db.key"))
        XCTAssertThrowsError(try Workspace.open(RegistryLocation(path: folder.path("a.db")))) { error in
            XCTAssertTrue(String(describing: error).contains("does not belong"), "\(error)")
        }
    }

    func testLocationPrecedence() {
        XCTAssertEqual(RegistryLocation(explicit: "x.db", environment: ["LEAKTRACE_REGISTRY": "y.db"]).path, "x.db")
        XCTAssertEqual(RegistryLocation(explicit: nil, environment: ["LEAKTRACE_REGISTRY": "y.db"]).path, "y.db")
        XCTAssertEqual(RegistryLocation(explicit: nil, environment: [:]).path, "leaktrace.db")
        XCTAssertEqual(RegistryLocation(path: "r.db").keyPath, "r.db.key")
    }
}
