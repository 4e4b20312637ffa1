import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryBackupTests: XCTestCase {
    private func populated() throws -> RegistryFixture {
        let fixture = try RegistryFixture()
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 5), (first..<(first + 5)).map { RegistryFixture.canary($0, plantID: "p0") })
        }
        try fixture.registry.markExported(plantID: "p0", path: "/tmp/a.csv", sha256: "aa", actor: "tester")
        return fixture
    }

    func testABackupRestoresToTheSameRegistry() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        let backup = fixture.folder.appendingPathComponent("copy.backup").path
        try fixture.registry.backup(to: backup)
        let mode = (try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode.map { $0 & 0o777 }, 0o600)
        XCTAssertFalse(FileManager.default.fileExists(atPath: backup + "-wal"), "a backup is one self-contained file")

        let restored = try Registry.restore(from: backup, to: fixture.folder.appendingPathComponent("restored.db").path)
        XCTAssertEqual(try restored.identity().id, "reg-test")
        XCTAssertThrowsError(try restored.canaries(), "restored without its key, the canaries stay sealed")
        let restoredPath = fixture.folder.appendingPathComponent("restored.db").path
        XCTAssertEqual(try Registry.open(at: restoredPath, vault: RegistryFixture.vault).canaries(), try fixture.registry.canaries())
        XCTAssertEqual(try restored.plants(), try fixture.registry.plants())
        XCTAssertEqual(try restored.auditEntries(), try fixture.registry.auditEntries())
        XCTAssertEqual(try restored.verifyAuditLog(), [])
        XCTAssertTrue(try restored.health().isSound)
    }

    func testNeitherABackupNorARestoreOverwritesAFile() throws {
        let fixture = try populated()
        defer { fixture.remove() }
        let backup = fixture.folder.appendingPathComponent("copy.backup").path
        try fixture.registry.backup(to: backup)
        let before = try Data(contentsOf: URL(fileURLWithPath: backup))
        XCTAssertThrowsError(try fixture.registry.backup(to: backup)) { error in
            XCTAssertEqual(String(describing: error), "registry: \(backup) already exists; a backup is never overwritten")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: backup)), before)
        XCTAssertThrowsError(try Registry.restore(from: backup, to: fixture.path)) { error in
            XCTAssertTrue(String(describing: error).contains("already exists"), String(describing: error))
        }
    }

    func testRestoreRefusesAFileThatIsNoRegistry() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let junk = fixture.folder.appendingPathComponent("junk.backup").path
        try Data("SQLite format 3 but not really".utf8).write(to: URL(fileURLWithPath: junk))
        let target = fixture.folder.appendingPathComponent("restored.db").path
        XCTAssertThrowsError(try Registry.restore(from: junk, to: target)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("not a LeakTrace registry backup"), message)
            XCTAssertFalse(message.contains("\n"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }
}
