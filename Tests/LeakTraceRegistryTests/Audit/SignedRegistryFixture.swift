import Foundation
import GRDB
import LeakTraceCore
import LeakTraceCrypto
@testable import LeakTraceRegistry

/// A registry file whose stored public key is a real Ed25519 key, with a few plants in its audit log,
/// sealed by signing tree heads the way the Kit's notary does.
struct SignedRegistryFixture {
    /// A fixed test key: deterministic signatures, so failures reproduce.
    static let key = try! Ed25519PrivateKey(rawRepresentation: (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
    static let otherKey = try! Ed25519PrivateKey(rawRepresentation: (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 11 &+ 5) })

    let folder: URL
    let path: String
    let registry: Registry
    private var clock: UInt64 = 1_790_000_000_000

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lt-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("signed.db").path
        registry = try Registry.create(
            at: path, pipeline: RegistryFixture.pipeline, registryID: "reg-audit-test",
            publicKeyHex: Self.key.publicKey.rawRepresentation.hexString, createdAt: Date(timeIntervalSince1970: 1_790_000_000))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Records a one-canary plant (one audit entry) with sequence-numbered ids.
    func plant(_ index: Int) throws {
        _ = try registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p\(index)", count: 1), [RegistryFixture.canary(first, plantID: "p\(index)")])
        }
    }

    /// Signs a head over the current log with `key`, one second after the previous one.
    @discardableResult
    mutating func seal(with key: Ed25519PrivateKey = Self.key) throws -> SignedTreeHead? {
        clock += 1_000
        let time = clock
        return try registry.recordTreeHead { size, root in
            try SignedTreeHead.sign(treeSize: size, rootHash: root, timestampMilliseconds: time, with: key)
        }
    }

    /// Edits the SQLite file directly, as an insider with the file would, through a separate connection.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    func reopened() throws -> Registry { try Registry.open(at: path) }
}
