import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// The two keys that keep canaries secret at rest: one seals each canary's fields with
/// AES-256-GCM, the other keys the HMAC indexes that matching and uniqueness checks look up.
///
/// ```swift
/// let vault = try CanaryVault(sealingKey: hkdf("sealing"), indexKey: hkdf("index"))
/// let registry = try Registry.open(at: "case.db", vault: vault)
/// let canaries = try registry.canaries()          // opened one by one under the sealing key
/// ```
/// Both keys are derived from the registry secret, which never enters the database: a copied
/// `.db` file holds only ciphertext and keyed hashes, so it tells no one which records are canaries.
/// Two keys rather than one so that an index tag can never be mistaken for, or help forge, a
/// ciphertext.
public struct CanaryVault: Sendable {
    let sealingKey: [UInt8]
    let indexKey: [UInt8]

    public init(sealingKey: [UInt8], indexKey: [UInt8]) throws {
        guard sealingKey.count == AESGCM.keyLength, indexKey.count == 32 else {
            throw LeakTraceError.registry("a canary vault needs two 32-byte keys")
        }
        guard sealingKey != indexKey else {
            throw LeakTraceError.registry("a canary vault's sealing and index keys must differ")
        }
        self.sealingKey = sealingKey
        self.indexKey = indexKey
    }

    /// What the registry stores to recognise its own key: a MAC of a fixed label under each key.
    /// It tells a wrong key from a tampered row, and reveals nothing about either key.
    var checkValue: String {
        let label = Array("leaktrace/canary-vault-check/v1".utf8)
        return (HMAC.sha256(key: sealingKey, message: label).prefix(16) + HMAC.sha256(key: indexKey, message: label).prefix(16)).hexString
    }

    /// Seals `plaintext` under a fresh random nonce. `context` (a canary id, a hit's case and
    /// position) is authenticated too, so a sealed blob moved to another row no longer opens.
    func seal(_ plaintext: [UInt8], context: String) throws -> Data {
        Data(try AESGCM.seal(plaintext, key: sealingKey, aad: Self.aad(context)).combined)
    }

    func open(_ sealed: Data, context: String) throws -> [UInt8] {
        do {
            return try AESGCM.open(AESGCM.SealedBox(combined: Array(sealed)), key: sealingKey, aad: Self.aad(context))
        } catch {
            throw LeakTraceError.registry("sealed \(context) does not open under this registry's key: the row was altered or moved")
        }
    }

    /// A fresh HMAC context for one batch of look-ups (contexts are not shared between threads).
    func indexer() -> CanaryIndexer {
        CanaryIndexer(key: indexKey)
    }

    private static func aad(_ context: String) -> [UInt8] {
        Array("leaktrace/sealed/v1\n\(context)".utf8)
    }
}
