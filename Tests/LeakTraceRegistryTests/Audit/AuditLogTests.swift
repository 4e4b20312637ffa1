import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class AuditLogTests: XCTestCase {
    private func populated() throws -> RegistryFixture {
        let fixture = try RegistryFixture()
        for plant in 0..<3 {
            _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
                (RegistryFixture.plant(id: "p\(plant)", count: 1), [RegistryFixture.canary(first, plantID: "p\(plant)")])
            }
        }
        return fixture
    }

    func testIntactChainVerifies() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        XCTAssertEqual(try fixture.registry.auditEntries().count, 3)
        XCTAssertEqual(try fixture.registry.verifyAuditLog(), [])
    }

    /// Edits the SQLite file directly, as an insider with the file would, through a separate connection.
    private func tamper(_ fixture: RegistryFixture, _ sql: String) throws {
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    func testEditedEntryIsDetected() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        try tamper(fixture, "UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2")
        let problems = try Registry.open(at: fixture.path).verifyAuditLog()
        XCTAssertTrue(problems.contains { $0.contains("entry 2") && $0.contains("edited") }, "\(problems)")
    }

    func testDeletedEntryIsDetected() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        try tamper(fixture, "DELETE FROM audit_log WHERE seq = 2")
        XCTAssertFalse(try Registry.open(at: fixture.path).verifyAuditLog().isEmpty)
    }

    func testReorderedEntriesAreDetected() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        try tamper(fixture, "UPDATE audit_log SET seq = seq + 100 WHERE seq = 1; UPDATE audit_log SET seq = 1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 101")
        XCTAssertFalse(try Registry.open(at: fixture.path).verifyAuditLog().isEmpty)
    }

    func testRecomputedHashStillBreaksTheChain() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        // An insider who rewrites an entry and recomputes its own hash still breaks the next link.
        var entry = try XCTUnwrap(fixture.registry.auditEntries().first)
        entry.detail = "forged"
        try tamper(fixture, "UPDATE audit_log SET detail = 'forged', entry_hash = '\(entry.computedHash)' WHERE seq = 1")
        let problems = try Registry.open(at: fixture.path).verifyAuditLog()
        XCTAssertTrue(problems.contains { $0.contains("entry 2") && $0.contains("does not follow") }, "\(problems)")
    }
}
