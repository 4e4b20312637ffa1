extension MerkleTree {
    /// PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the hashes showing that the first `oldSize` entries
    /// of `leaves` form an earlier state of the same log. `oldSize` must be in `0...leaves.count`;
    /// the proof is empty when `oldSize` is 0 or `leaves.count` (nothing to prove).
    ///
    /// ```swift
    /// let link = MerkleTree.consistencyProof(from: 10, leaves: entries)   // entries.count ≥ 10
    /// ```
    public static func consistencyProof(from oldSize: Int, leaves: [[UInt8]]) -> [[UInt8]] {
        consistencyProof(from: oldSize, leafHashes: leaves.map(leafHash))
    }

    public static func consistencyProof(from oldSize: Int, leafHashes: [[UInt8]]) -> [[UInt8]] {
        precondition((0...leafHashes.count).contains(oldSize),
                     "old tree size \(oldSize) outside 0...\(leafHashes.count)")
        guard oldSize > 0, oldSize < leafHashes.count else { return [] }
        var proof: [[UInt8]] = []
        subproof(oldSize, leafHashes[...], startsAtOldRoot: true, into: &proof)
        return proof
    }

    /// Checks that the tree of `newSize` entries with root `newRoot` extends the tree of `oldSize`
    /// entries with root `oldRoot` by appending only, following RFC 9162 §2.1.4.2.
    ///
    /// Equal sizes need an empty proof and equal roots; an empty old tree (root SHA-256 of "") is
    /// extended by every tree. Any malformed input gives false.
    public static func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: [UInt8], newRoot: [UInt8], proof: [[UInt8]]
    ) -> Bool {
        guard oldSize >= 0, oldSize <= newSize, isHash(oldRoot), isHash(newRoot), proof.allSatisfy(isHash) else {
            return false
        }
        if oldSize == 0 { return proof.isEmpty && oldRoot == emptyRoot }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        guard !proof.isEmpty else { return false }

        // When the old tree is a complete subtree, the proof omits its root, which the verifier has.
        var path = proof[...]
        let isCompleteSubtree = oldSize & (oldSize - 1) == 0
        var fn = oldSize - 1
        var sn = newSize - 1
        // Skip the levels where the old tree's last node is a right child: they are inside the
        // subtree whose hash starts the walk.
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        let start = isCompleteSubtree ? oldRoot : path.removeFirst()
        var oldHash = start
        var newHash = start
        for sibling in path {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                oldHash = nodeHash(sibling, oldHash)
                newHash = nodeHash(sibling, newHash)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                newHash = nodeHash(newHash, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && oldHash == oldRoot && newHash == newRoot
    }

    private static func subproof(
        _ m: Int, _ hashes: ArraySlice<[UInt8]>, startsAtOldRoot: Bool, into proof: inout [[UInt8]]
    ) {
        let n = hashes.count
        if m == n {
            // The old tree is this whole subtree: its root is needed unless the verifier already
            // holds it as the old tree head.
            if !startsAtOldRoot { proof.append(subtreeRoot(hashes)) }
            return
        }
        let k = splitPoint(n)
        let middle = hashes.startIndex + k
        if m <= k {
            subproof(m, hashes[..<middle], startsAtOldRoot: startsAtOldRoot, into: &proof)
            proof.append(subtreeRoot(hashes[middle...]))
        } else {
            subproof(m - k, hashes[middle...], startsAtOldRoot: false, into: &proof)
            proof.append(subtreeRoot(hashes[..<middle]))
        }
    }
}
