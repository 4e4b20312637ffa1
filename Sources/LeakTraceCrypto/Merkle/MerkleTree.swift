/// The Merkle tree of RFC 9162 §2.1 (Certificate Transparency 2.0), over SHA-256, for the
/// registry's append-only audit log.
///
/// Leaves and interior nodes are hashed with different one-byte prefixes (0x00 and 0x01), so no
/// interior node can be passed off as a leaf; a tree of n leaves splits at the largest power of
/// two smaller than n, so trees grow by appending without re-shaping what came before. That is
/// what makes the two proofs possible: *inclusion* (this entry is entry i of the log whose root is
/// R) and *consistency* (the log with root R₂ is the log with root R₁ plus later entries only).
///
/// All functions take the entries themselves (`leaves`), not their hashes, unless the parameter
/// name says `leafHash`.
///
/// ```swift
/// let root = MerkleTree.root(of: entries)
/// let proof = MerkleTree.inclusionProof(index: 57, leaves: entries)           // for the court
/// MerkleTree.verifyInclusion(leaf: entries[57], index: 57, treeSize: entries.count,
///                            proof: proof, root: root)                        // true
/// let link = MerkleTree.consistencyProof(from: yesterdaySize, leaves: entries)
/// MerkleTree.verifyConsistency(oldSize: yesterdaySize, newSize: entries.count,
///                              oldRoot: yesterdayRoot, newRoot: root, proof: link)  // true
/// ```
public enum MerkleTree {
    /// SHA-256 of the empty string: the root of a tree with no entries.
    public static let emptyRoot: [UInt8] = Digest.hash([UInt8](), .sha256)

    /// SHA-256(0x00 ‖ entry).
    public static func leafHash(_ entry: [UInt8]) -> [UInt8] {
        withUnsafeTemporaryAllocation(byteCount: 1 + entry.count, alignment: 1) { buffer in
            buffer[0] = 0x00
            entry.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[1...]).copyMemory(from: $0) }
            return Digest.hash(UnsafeRawBufferPointer(buffer), .sha256)
        }
    }

    /// SHA-256(0x01 ‖ left ‖ right). Both children are 32-byte hashes, so the input is assembled
    /// on the stack and hashed in one call: a log of n entries needs n − 1 of these.
    public static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        withUnsafeTemporaryAllocation(byteCount: 1 + left.count + right.count, alignment: 1) { buffer in
            buffer[0] = 0x01
            left.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[1...]).copyMemory(from: $0) }
            right.withUnsafeBytes {
                UnsafeMutableRawBufferPointer(rebasing: buffer[(1 + left.count)...]).copyMemory(from: $0)
            }
            return Digest.hash(UnsafeRawBufferPointer(buffer), .sha256)
        }
    }

    /// MTH(D[n]), the tree head of `leaves` in order.
    public static func root(of leaves: [[UInt8]]) -> [UInt8] {
        root(ofLeafHashes: leaves.map(leafHash))
    }

    /// The same, from leaf hashes already computed (an audit table that stores them).
    public static func root(ofLeafHashes leafHashes: [[UInt8]]) -> [UInt8] {
        leafHashes.isEmpty ? emptyRoot : subtreeRoot(leafHashes[...])
    }

    // MARK: Shared by the proofs

    /// The largest power of two strictly smaller than `n` (n ≥ 2): RFC 9162's split point k.
    static func splitPoint(_ n: Int) -> Int {
        precondition(n >= 2, "only trees of two or more leaves split")
        return 1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }

    /// MTH over a non-empty run of leaf hashes.
    static func subtreeRoot(_ hashes: ArraySlice<[UInt8]>) -> [UInt8] {
        if hashes.count == 1 { return hashes[hashes.startIndex] }
        let k = splitPoint(hashes.count)
        let middle = hashes.startIndex + k
        return nodeHash(subtreeRoot(hashes[..<middle]), subtreeRoot(hashes[middle...]))
    }

    static func isHash(_ bytes: [UInt8]) -> Bool {
        bytes.count == 32
    }
}
