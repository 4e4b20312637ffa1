import Foundation
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

final class RegistryBackupTests: XCTestCase {
    private let pipeline = try! PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")

    func testABackupWithKeyOfAPassphraseRegistryCopiesTheSaltNeverTheSecret() throws {
        let folder = try TemporaryFolder("backup")
        defer { folder.remove() }
        let passphrase = try Passphrase("synthetic backup passphrase")
        let workspace = try Workspace.create(RegistryLocation(path: folder.path("r.db")), pipeline: pipeline, passphrase: passphrase)
        let saved = try RegistryBackup.backup(workspace, to: folder.path("r.backup"), withKey: true)
        let copied = try String(contentsOfFile: try XCTUnwrap(saved.keyPath), encoding: .utf8)
        XCTAssertEqual(copied, try String(contentsOfFile: folder.path("r.db.key"), encoding: .utf8))
        XCTAssertFalse(copied.contains(try workspace.secret.bytes.hexString))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: folder.path("r.backup.key"))[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: folder.path("r.backup"))[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(saved.health.isSound)

        let restored = try RegistryBackup.restore(
            from: folder.path("r.backup"), to: RegistryLocation(path: folder.path("new.db")), keyPath: nil, passphrase: passphrase)
        XCTAssertTrue(restored.keyInstalled)
        XCTAssertEqual(try String(contentsOfFile: folder.path("new.db.key"), encoding: .utf8), copied)
        XCTAssertEqual(try Workspace.open(RegistryLocation(path: folder.path("new.db")), passphrase: passphrase).secret.bytes, try workspace.secret.bytes)
        XCTAssertThrowsError(try RegistryBackup.restore(
            from: folder.path("r.backup"), to: RegistryLocation(path: folder.path("other.db")), keyPath: nil, passphrase: nil)) { error in
            XCTAssertTrue(String(describing: error).contains("needs the passphrase"), "\(error)")
        }
    }

    func testABackupWithKeyOfAKeyFileRegistryOpensWithThatKey() throws {
        let folder = try TemporaryFolder("backup")
        defer { folder.remove() }
        let workspace = try Workspace.create(RegistryLocation(path: folder.path("r.db")), pipeline: pipeline)
        _ = try RegistryBackup.backup(workspace, to: folder.path("r.backup"), withKey: true)
        let restored = try RegistryBackup.restore(from: folder.path("r.backup"), to: RegistryLocation(path: folder.path("new.db")), keyPath: nil)
        XCTAssertTrue(restored.keyInstalled)
        XCTAssertEqual(restored.auditProblems, [])
        XCTAssertEqual(try Workspace.open(RegistryLocation(path: folder.path("new.db"))).secret.bytes, try workspace.secret.bytes)
    }
}
