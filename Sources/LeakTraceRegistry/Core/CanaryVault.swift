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
    /// The planter's keys: nil in an examiner's vault, which can open only the canaries a seized
    /// record leads to (`unlockKey`), never the whole table.
    let sealingKey: [UInt8]?
    let indexKey: [UInt8]?
    /// Derives, per blocking key, the tag and the key of each canary's examiner copy
    /// (`canary_unlock`). Derived from the sealing key, so the planter's vault always has it and
    /// an examiner given it learns nothing of the sealing key.
    let unlockKey: [UInt8]
    /// Seals the hits of a case, which both planter and examiner must read.
    let caseKey: [UInt8]

    public init(sealingKey: [UInt8], indexKey: [UInt8]) throws {
        guard sealingKey.count == AESGCM.keyLength, indexKey.count == 32 else {
            throw LeakTraceError.registry("a canary vault needs two 32-byte keys")
        }
        guard sealingKey != indexKey else {
            throw LeakTraceError.registry("a canary vault's sealing and index keys must differ")
        }
        self.sealingKey = sealingKey
        self.indexKey = indexKey
        unlockKey = HKDF.sha256(key: sealingKey, salt: Array("leaktrace/canary-unlock/v1".utf8), info: [], length: 32)
        caseKey = HKDF.sha256(key: sealingKey, salt: Array("leaktrace/case-sealing/v1".utf8), info: [], length: 32)
    }

    /// An examiner's vault: it seals and opens hits, and opens a canary only through a blocking
    /// key some seized record shows (`Registry.unlockedCanaries(keys:)`).
    ///
    /// ```swift
    /// let keys = planterVault.examinerKeys          // 64 bytes for the examiner's key file
    /// let vault = try CanaryVault(examinerKeys: keys)
    /// ```
    public init(examinerKeys: [UInt8]) throws {
        guard examinerKeys.count == 64 else { throw LeakTraceError.registry("an examiner vault needs 64 key bytes") }
        sealingKey = nil
        indexKey = nil
        unlockKey = Array(examinerKeys[0..<32])
        caseKey = Array(examinerKeys[32..<64])
    }

    /// What an examiner's key file carries: the unlock and case keys, nothing that opens every canary.
    public var examinerKeys: [UInt8] { unlockKey + caseKey }

    /// Whether this vault can read and plant every canary (the planter's) or only unlock them.
    public var isPlanter: Bool { sealingKey != nil }

    /// What the registry stores to recognise its own key: a MAC of a fixed label under each key.
    /// It tells a wrong key from a tampered row, and reveals nothing about either key.
    var checkValue: String {
        let label = Array("leaktrace/canary-vault-check/v1".utf8)
        guard let sealingKey, let indexKey else { return "" }
        return (HMAC.sha256(key: sealingKey, message: label).prefix(16) + HMAC.sha256(key: indexKey, message: label).prefix(16)).hexString
    }

    /// The same for the examiner's two keys, so an examiner's key is recognised without the planter's.
    var examinerCheckValue: String {
        let label = Array("leaktrace/examiner-vault-check/v1".utf8)
        return (HMAC.sha256(key: unlockKey, message: label).prefix(16) + HMAC.sha256(key: caseKey, message: label).prefix(16)).hexString
    }

    /// Seals `plaintext` under a fresh random nonce. `context` (a canary id, a hit's case and
    /// position) is authenticated too, so a sealed blob moved to another row no longer opens.
    func seal(_ plaintext: [UInt8], context: String) throws -> Data {
        Data(try AESGCM.seal(plaintext, key: try planterKey(sealingKey), aad: Self.aad(context)).combined)
    }

    func open(_ sealed: Data, context: String) throws -> [UInt8] {
        try open(sealed, context: context, key: try planterKey(sealingKey))
    }

    /// Opens many canaries on one thread with one key schedule (`AESGCM.Opener`); the same
    /// refusal as `open(_:context:)` for a row that was altered or moved.
    func canaryOpener() throws -> (Data, String) throws -> [UInt8] {
        let opener = try AESGCM.Opener(key: try planterKey(sealingKey))
        return { sealed, id in
            do {
                return try opener.open(combined: sealed, aad: Self.aad("canary \(id)"))
            } catch {
                throw LeakTraceError.registry("sealed canary \(id) does not open under this registry's key: the row was altered or moved")
            }
        }
    }

    /// Seals and opens a case's hits under the key planter and examiner share.
    func sealHit(_ plaintext: [UInt8], context: String) throws -> Data {
        Data(try AESGCM.seal(plaintext, key: caseKey, aad: Self.aad(context)).combined)
    }

    func openHit(_ sealed: Data, context: String) throws -> [UInt8] {
        try open(sealed, context: context, key: caseKey)
    }

    func open(_ sealed: Data, context: String, key: [UInt8]) throws -> [UInt8] {
        do {
            return try AESGCM.open(AESGCM.SealedBox(combined: Array(sealed)), key: key, aad: Self.aad(context))
        } catch {
            throw LeakTraceError.registry("sealed \(context) does not open under this registry's key: the row was altered or moved")
        }
    }

    /// A fresh HMAC context for one batch of look-ups (contexts are not shared between threads).
    func indexer() throws -> CanaryIndexer {
        CanaryIndexer(key: try planterKey(indexKey))
    }

    private func planterKey(_ key: [UInt8]?) throws -> [UInt8] {
        guard let key else {
            throw LeakTraceError.registry("this needs the planter's key: an examiner's key opens only the canaries a seized list leads to")
        }
        return key
    }

    private static func aad(_ context: String) -> [UInt8] {
        Array("leaktrace/sealed/v1\n\(context)".utf8)
    }
}
