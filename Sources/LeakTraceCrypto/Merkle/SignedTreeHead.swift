/// A tree head of the audit log, signed with Ed25519: "at this time the log held `treeSize`
/// entries and its Merkle root was `rootHash`" (after RFC 9162 §4.10).
///
/// The signature covers size and root together, which is what lets inclusion and consistency
/// proofs be checked against it by someone who trusts only the public key.
///
/// ```swift
/// let head = try SignedTreeHead.sign(treeSize: entries.count, rootHash: MerkleTree.root(of: entries),
///                                    timestampMilliseconds: nowMs, with: auditKey)
/// head.isValid(for: auditKey.publicKey)   // true
/// ```
public struct SignedTreeHead: Sendable, Hashable {
    public let treeSize: Int
    public let rootHash: [UInt8]
    /// Milliseconds since 1970-01-01T00:00:00Z, as RFC 9162 counts them.
    public let timestampMilliseconds: UInt64
    /// Ed25519 over `signedBytes`.
    public let signature: [UInt8]

    /// Versioned label so a LeakTrace tree-head signature can never be replayed as a signature
    /// over anything else the same key signs (report manifests).
    static let domain: [UInt8] = Array("LeakTrace signed tree head v1".utf8) + [0]

    public init(treeSize: Int, rootHash: [UInt8], timestampMilliseconds: UInt64, signature: [UInt8]) {
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.timestampMilliseconds = timestampMilliseconds
        self.signature = signature
    }

    public static func sign(
        treeSize: Int, rootHash: [UInt8], timestampMilliseconds: UInt64, with key: Ed25519PrivateKey
    ) throws -> SignedTreeHead {
        guard treeSize >= 0 else { throw CryptoError("tree size must not be negative, got \(treeSize)") }
        guard rootHash.count == 32 else { throw CryptoError("root hash must be 32 bytes, got \(rootHash.count)") }
        let bytes = signedBytes(treeSize: treeSize, rootHash: rootHash, timestampMilliseconds: timestampMilliseconds)
        return SignedTreeHead(
            treeSize: treeSize, rootHash: rootHash, timestampMilliseconds: timestampMilliseconds,
            signature: try key.signature(for: bytes))
    }

    /// The exact bytes signed: domain label ‖ size (u64, big-endian) ‖ timestamp (u64, big-endian)
    /// ‖ root. Fixed-width fields, so no two heads serialise alike.
    public var signedBytes: [UInt8] {
        Self.signedBytes(treeSize: treeSize, rootHash: rootHash, timestampMilliseconds: timestampMilliseconds)
    }

    public func isValid(for key: Ed25519PublicKey) -> Bool {
        treeSize >= 0 && rootHash.count == 32 && key.isValidSignature(signature, for: signedBytes)
    }

    private static func signedBytes(treeSize: Int, rootHash: [UInt8], timestampMilliseconds: UInt64) -> [UInt8] {
        func bigEndian(_ value: UInt64) -> [UInt8] {
            (0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
        }
        return domain + bigEndian(UInt64(treeSize)) + bigEndian(timestampMilliseconds) + rootHash
    }
}
