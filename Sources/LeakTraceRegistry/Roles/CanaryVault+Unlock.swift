import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// Examiner copies: a canary's fields sealed once per blocking key (its phone, its masked-phone
/// buckets, its name), each under a key only that blocking key and the unlock key give.
///
/// ```swift
/// let tag = vault.unlockTag("p:13800138000")          // where the copy is filed
/// let copy = try vault.sealCopy(fields, key: "p:13800138000", sequence: 7)
/// let back = try vault.openCopy(copy, key: "p:13800138000", sequence: 7)
/// ```
/// An examiner holds the unlock key but not the sealing key: to open a canary it must present a
/// key the canary has, which a seized record supplies when it shows that canary's number or name.
extension CanaryVault {
    func unlockTag(_ key: String) -> String {
        HMAC.sha256(key: unlockKey, message: Array("tag\n\(key)".utf8)).prefix(16).hexString
    }

    func sealCopy(_ fields: SealedCanaryFields, key: String, sequence: Int) throws -> Data {
        Data(try AESGCM.seal(fields.bytes, key: copyKey(key), aad: Self.copyContext(sequence)).combined)
    }

    /// nil when the copy does not open under `key`: a row altered, or filed under the wrong tag.
    func openCopy(_ sealed: Data, key: String, sequence: Int) -> SealedCanaryFields? {
        guard let box = try? AESGCM.SealedBox(combined: Array(sealed)),
              let bytes = try? AESGCM.open(box, key: copyKey(key), aad: Self.copyContext(sequence)) else { return nil }
        return try? SealedCanaryFields(bytes: bytes)
    }

    private func copyKey(_ key: String) -> [UInt8] {
        HMAC.sha256(key: unlockKey, message: Array("key\n\(key)".utf8))
    }

    private static func copyContext(_ sequence: Int) -> [UInt8] {
        Array("leaktrace/examiner-copy/v1\ncanary \(sequence)".utf8)
    }
}
