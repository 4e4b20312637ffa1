import LeakTraceCrypto

/// One entry of the audit log: who did what, when, chained to the entry before it.
///
/// ```swift
/// let entry = try registry.auditEntries()[0]
/// entry.computedHash == entry.entryHash      // true unless the row was edited
/// MerkleTree.leafHash(entry.canonicalBytes)  // the entry's leaf in the signed Merkle tree
/// ```
public struct AuditEntry: Sendable, Hashable, Codable {
    public var sequence: Int
    public var at: String
    public var actor: String
    public var action: String
    public var detail: String
    public var previousHash: String
    public var entryHash: String

    public init(sequence: Int, at: String, actor: String, action: String, detail: String, previousHash: String, entryHash: String) {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.action = action
        self.detail = detail
        self.previousHash = previousHash
        self.entryHash = entryHash
    }

    /// The entry's canonical bytes: the previous hash and the fields, each length-prefixed
    /// (`<decimal length>:<utf-8>`), so no two different entries serialise to the same bytes. The
    /// chain hashes them and the Merkle tree takes them as its leaf, so one proof covers both.
    public var canonicalBytes: [UInt8] {
        var bytes = [UInt8]()
        for field in [previousHash, String(sequence), at, actor, action, detail] {
            let utf8 = Array(field.utf8)
            bytes += Array(String(utf8.count).utf8) + [0x3A] + utf8
        }
        return bytes
    }

    /// SHA-256 of `canonicalBytes`, lowercase hex: what `entryHash` must be.
    public var computedHash: String {
        Digest.sha256Hex(canonicalBytes)
    }

    enum CodingKeys: String, CodingKey {
        case sequence, at, actor, action, detail
        case previousHash = "previous_hash"
        case entryHash = "entry_hash"
    }
}
