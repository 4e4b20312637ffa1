import LeakTraceCrypto

/// Keyed index tags: HMAC-SHA256 under the vault's index key, one domain per field so equal text
/// in two fields (or one 64-bit key used as a view key and a near key) gives unrelated tags.
///
/// ```swift
/// let indexer = vault.indexer()
/// let phoneTag = indexer.tag("13800000000", field: .phone)     // 32 hex digits
/// let viewTag = indexer.tag(viewKey, field: .viewKey)          // Int64, for the WITHOUT ROWID tables
/// ```
/// Without the key nobody can compute a tag, so the indexes cannot be used to test whether a
/// leaked row is a canary; with it, a look-up is still one B-tree probe.
final class CanaryIndexer {
    enum Field: UInt8 {
        case phone = 1, name, address, maskedKey, viewKey, nearKey
    }

    private let context: HMACContext

    init(key: [UInt8]) {
        context = HMACContext(key: key)
    }

    /// 128 bits of the tag as hex: collisions are out of reach for any number of canaries.
    func tag(_ text: String, field: Field) -> String {
        var message = [field.rawValue]
        message.append(contentsOf: text.utf8)
        return context.authenticationCode(for: message).prefix(16).hexString
    }

    /// The first 64 bits of the tag of a 64-bit key, for the integer-keyed index tables.
    func tag(_ key: Int64, field: Field) -> Int64 {
        var message = [field.rawValue]
        withUnsafeBytes(of: key.bigEndian) { message.append(contentsOf: $0) }
        let code = context.authenticationCode(for: message)
        var value: UInt64 = 0
        for byte in code.prefix(8) { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }
}
