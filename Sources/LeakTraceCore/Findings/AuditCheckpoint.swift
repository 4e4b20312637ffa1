import Foundation

/// The registry's audit log as it stood when a report was written: the latest signed tree head
/// (RFC 9162 style), so the report names the exact log state an inclusion proof can be checked against.
///
/// ```swift
/// let checkpoint = AuditCheckpoint(treeSize: 42, rootHash: rootHex, signedAt: date, signature: sigHex)
/// ```
public struct AuditCheckpoint: Codable, Hashable, Sendable {
    /// Entries covered by the signed head.
    public var treeSize: Int
    /// The Merkle root over those entries, lowercase hex.
    public var rootHash: String
    public var signedAt: Date
    /// Ed25519 signature over the head, lowercase hex, by the registry's signing key.
    public var signature: String

    public init(treeSize: Int, rootHash: String, signedAt: Date, signature: String) {
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.signedAt = signedAt
        self.signature = signature
    }

    enum CodingKeys: String, CodingKey {
        case signature
        case treeSize = "tree_size"
        case rootHash = "root_hash"
        case signedAt = "signed_at"
    }
}
