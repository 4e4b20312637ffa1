extension MerkleTree {
    /// PATH(m, D[n]) of RFC 9162 §2.1.3.1: the sibling hashes from entry `index` up to the root,
    /// nearest first. `index` must be in `leaves.indices`.
    ///
    /// ```swift
    /// let proof = MerkleTree.inclusionProof(index: 3, leaves: entries)   // ⌈log₂ n⌉ hashes at most
    /// ```
    public static func inclusionProof(index: Int, leaves: [[UInt8]]) -> [[UInt8]] {
        inclusionProof(index: index, leafHashes: leaves.map(leafHash))
    }

    public static func inclusionProof(index: Int, leafHashes: [[UInt8]]) -> [[UInt8]] {
        precondition(leafHashes.indices.contains(index), "leaf index \(index) outside a tree of \(leafHashes.count)")
        var proof: [[UInt8]] = []
        path(index, leafHashes[...], into: &proof)
        return proof
    }

    /// Checks that `leaf` (the entry itself) is entry `index` of the tree of `treeSize` entries
    /// whose root is `root`, following RFC 9162 §2.1.3.2. Any malformed input gives false.
    ///
    /// Take `treeSize` and `root` together from a signed tree head: the path alone does not pin the
    /// size (a 3-entry root also passes as a 4-entry one), the signature over both does.
    public static func verifyInclusion(
        leaf: [UInt8], index: Int, treeSize: Int, proof: [[UInt8]], root: [UInt8]
    ) -> Bool {
        verifyInclusion(leafHash: leafHash(leaf), index: index, treeSize: treeSize, proof: proof, root: root)
    }

    public static func verifyInclusion(
        leafHash: [UInt8], index: Int, treeSize: Int, proof: [[UInt8]], root: [UInt8]
    ) -> Bool {
        guard index >= 0, index < treeSize, isHash(leafHash), isHash(root), proof.allSatisfy(isHash) else {
            return false
        }
        // fn walks the leaf's position up the tree, sn the last leaf's; where fn is a right child,
        // or the rightmost node of its level, its sibling is on the left.
        var fn = index
        var sn = treeSize - 1
        var hash = leafHash
        for sibling in proof {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                hash = nodeHash(sibling, hash)
                if fn & 1 == 0 {
                    // A rightmost node with no sibling at this level is promoted unchanged.
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                hash = nodeHash(hash, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && hash == root
    }

    private static func path(_ m: Int, _ hashes: ArraySlice<[UInt8]>, into proof: inout [[UInt8]]) {
        guard hashes.count > 1 else { return }
        let k = splitPoint(hashes.count)
        let middle = hashes.startIndex + k
        if m < k {
            path(m, hashes[..<middle], into: &proof)
            proof.append(subtreeRoot(hashes[middle...]))
        } else {
            path(m - k, hashes[middle...], into: &proof)
            proof.append(subtreeRoot(hashes[..<middle]))
        }
    }
}
