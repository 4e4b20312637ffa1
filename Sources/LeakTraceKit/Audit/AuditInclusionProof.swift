import Foundation
import LeakTraceCore
import LeakTraceRegistry

/// Proof that one audit entry is part of the registry's log, checkable by anyone who holds this
/// file and trusts the registry's public key fingerprint: no registry, no key file, no network.
///
/// It carries the entry itself, its RFC 9162 audit path to the Merkle root, and the signed tree
/// head (size, root, time, Ed25519 signature) with the public key. `leaktrace audit proof` writes
/// one; `leaktrace audit check-proof` checks it (see `problems()`).
///
/// ```swift
/// let proof = try AuditInclusionProof.issue(forEntry: 7, in: workspace)
/// try proof.jsonData().write(to: url)
/// try AuditInclusionProof.load(from: url).problems()   // [] when it holds
/// ```
public struct AuditInclusionProof: Codable, Sendable, Hashable {
    public static let formatName = "leaktrace-audit-inclusion-proof/v1"

    public var format: String
    public var registryID: String
    public var entry: AuditEntry
    /// Zero-based position of the entry in the tree: its sequence number minus one.
    public var leafIndex: Int
    /// SHA-256(0x00 ‖ the entry's canonical bytes), hex.
    public var leafHash: String
    /// The signed tree head the proof is checked against.
    public var treeSize: Int
    public var rootHash: String
    public var timestampMilliseconds: UInt64
    /// The same moment, readable; it must agree with `timestampMilliseconds`.
    public var signedAt: Date
    public var signature: String
    /// The registry's raw Ed25519 public key, hex, and its SHA-256 fingerprint.
    public var publicKey: String
    public var publicKeyFingerprint: String
    /// Sibling hashes from the leaf up to the root, nearest first (RFC 9162 §2.1.3).
    public var auditPath: [String]

    public init(
        registryID: String, entry: AuditEntry, leafIndex: Int, leafHash: String, treeSize: Int, rootHash: String,
        timestampMilliseconds: UInt64, signedAt: Date, signature: String, publicKey: String,
        publicKeyFingerprint: String, auditPath: [String]
    ) {
        self.format = Self.formatName
        self.registryID = registryID
        self.entry = entry
        self.leafIndex = leafIndex
        self.leafHash = leafHash
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.timestampMilliseconds = timestampMilliseconds
        self.signedAt = signedAt
        self.signature = signature
        self.publicKey = publicKey
        self.publicKeyFingerprint = publicKeyFingerprint
        self.auditPath = auditPath
    }

    enum CodingKeys: String, CodingKey {
        case format, entry, signature
        case registryID = "registry_id"
        case leafIndex = "leaf_index"
        case leafHash = "leaf_hash"
        case treeSize = "tree_size"
        case rootHash = "root_hash"
        case timestampMilliseconds = "timestamp_ms"
        case signedAt = "signed_at"
        case publicKey = "public_key"
        case publicKeyFingerprint = "public_key_fingerprint"
        case auditPath = "audit_path"
    }

    public func jsonData() throws -> Data {
        try JSONCoding.encoder().encode(self) + Data("\n".utf8)
    }

    public static func load(from url: URL) throws -> AuditInclusionProof {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LeakTraceError.unreadableFile(path: url.path, line: nil, reason: "cannot read: \(error.localizedDescription)")
        }
        do {
            return try JSONCoding.decoder().decode(AuditInclusionProof.self, from: data)
        } catch {
            throw LeakTraceError.unreadableFile(path: url.path, line: nil, reason: "not a LeakTrace audit inclusion proof (\(Self.formatName))")
        }
    }
}
