import Foundation
import LeakTraceCore
import LeakTraceCrypto
import XCTest
@testable import LeakTraceKit

/// The workspace ties the registry to its secret: canaries sealed at rest under a key derived from
/// it, and the secret held in a 0600 key file or derived from a passphrase with scrypt.
final class WorkspaceTests: XCTestCase {
    private let pipeline = try! PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")
    private let passphrase = try! Passphrase("synthetic test passphrase 42")

    private func plant(_ workspace: Workspace, in folder: TemporaryFolder, count: Int = 30) throws -> PlantResult {
        try Planter(workspace: workspace).plant(PlantRequest(
            placement: .entity("branch-2"), count: count, at: try Timestamp.parse("2026-09-01T09:00:00+08:00"), phones: .synthetic,
            output: folder.file("out-\(UUID().uuidString).csv"), operatorName: "tester"))
    }

    private func bytesOnDisk(_ path: String) throws -> Data {
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            bytes += try Data(contentsOf: URL(fileURLWithPath: path + suffix))
        }
        return bytes
    }

    func testPlantedCanariesAreSealedInTheFileAndReadableThroughTheWorkspace() throws {
        let folder = try TemporaryFolder("workspace")
        defer { folder.remove() }
        let location = RegistryLocation(path: folder.path("r.db"))
        let result = try plant(try Workspace.create(location, pipeline: pipeline), in: folder)
        let bytes = try bytesOnDisk(location.path)
        for canary in result.canaries {
            for secret in [canary.person.name, canary.person.phone, canary.person.address, canary.order.orderID, canary.order.waybill] {
                XCTAssertNil(bytes.range(of: Data(secret.utf8)), "\(secret) is readable in the registry file")
            }
        }
        let reopened = try Workspace.open(location)
        XCTAssertEqual(try reopened.registry.canaries(), result.canaries)
        XCTAssertTrue(reopened.registry.sealsCanaries)
    }

    func testAPassphraseRegistryKeepsNoSecretInItsKeyFileAndOpensOnlyWithThePassphrase() throws {
        let folder = try TemporaryFolder("workspace")
        defer { folder.remove() }
        let location = RegistryLocation(path: folder.path("r.db"))
        let created = try Workspace.create(location, pipeline: pipeline, passphrase: passphrase)
        let result = try plant(created, in: folder)

        let keyFile = try String(contentsOfFile: location.keyPath, encoding: .utf8)
        XCTAssertTrue(keyFile.hasPrefix("leaktrace-passphrase-v1 scrypt "), keyFile)
        XCTAssertFalse(keyFile.contains(try created.secret.bytes.hexString), "the key file holds salt and costs, not the secret")
        let mode = (try FileManager.default.attributesOfItem(atPath: location.keyPath)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)

        let reopened = try Workspace.open(location, passphrase: passphrase)
        XCTAssertEqual(try reopened.secret.bytes, try created.secret.bytes, "scrypt with the stored salt gives the same secret")
        XCTAssertEqual(try reopened.registry.canaries(), result.canaries)

        XCTAssertThrowsError(try Workspace.open(location, passphrase: nil)) { error in
            XCTAssertTrue(String(describing: error).contains("LEAKTRACE_PASSPHRASE"), "\(error)")
        }
        XCTAssertThrowsError(try Workspace.open(location, passphrase: try Passphrase("the wrong passphrase!"))) { error in
            XCTAssertTrue(String(describing: error).contains("does not belong"), "\(error)")
            XCTAssertFalse(String(describing: error).contains("wrong passphrase"), "an error never quotes the passphrase")
        }
    }

    func testAWorldReadableKeyFileStopsEveryCommandBeforeAnythingIsRead() throws {
        let folder = try TemporaryFolder("workspace")
        defer { folder.remove() }
        let location = RegistryLocation(path: folder.path("r.db"))
        _ = try Workspace.create(location, pipeline: pipeline)
        let registryMode = (try FileManager.default.attributesOfItem(atPath: location.path)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(registryMode, 0o600)
        for mode in [0o604, 0o640, 0o644] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: location.keyPath)
            XCTAssertThrowsError(try Workspace.open(location)) { error in
                XCTAssertTrue(String(describing: error).contains("chmod 600"), "\(error)")
            }
        }
    }
}
