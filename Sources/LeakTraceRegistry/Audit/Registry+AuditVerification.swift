import GRDB
import LeakTraceCrypto

extension Registry {
    /// Checks the whole audit log: the hash chain (edits, deletions, reorderings), then every signed
    /// tree head: its signature under the registry's public key, its Merkle root against the entries
    /// it covers (which also catches entries cut from the end, or a chain rewritten wholesale by
    /// someone without the key), and an RFC 9162 consistency proof from each head to the next, so
    /// the log only ever grew by appending.
    ///
    /// ```swift
    /// let check = try registry.verifyAudit()
    /// check.ok   // false after any edit to audit_log or audit_tree_head
    /// ```
    public func verifyAudit() throws -> AuditVerification {
        let (entries, heads, key) = try dbQueue.read { db in
            (try AuditLog.entries(db), try Self.treeHeads(db), try Self.publicKey(db))
        }
        var problems = AuditLog.chainProblems(entries)
        let leaves = AuditLog.leafHashes(entries)
        if !heads.isEmpty && key == nil {
            problems.append("the registry's public key is unreadable, so no tree head can be checked")
        }
        for (index, head) in heads.enumerated() {
            let label = "signed tree head of \(head.treeSize) entries"
            if let key, !head.isValid(for: key) {
                problems.append("\(label): signature does not verify under the registry's key")
            }
            if head.treeSize > entries.count {
                problems.append("\(label): the log holds only \(entries.count) entries (entries were deleted)")
            } else if MerkleTree.root(ofLeafHashes: Array(leaves.prefix(head.treeSize))) != head.rootHash {
                problems.append("\(label): the Merkle root of entries 1–\(head.treeSize) differs from the signed root (an entry it covers was changed, removed or reordered)")
            }
            guard index > 0 else { continue }
            let earlier = heads[index - 1]
            if head.timestampMilliseconds < earlier.timestampMilliseconds {
                problems.append("\(label): signed earlier than the head of \(earlier.treeSize) entries before it")
            }
            if head.treeSize <= entries.count {
                let proof = MerkleTree.consistencyProof(from: earlier.treeSize, leafHashes: Array(leaves.prefix(head.treeSize)))
                if !MerkleTree.verifyConsistency(oldSize: earlier.treeSize, newSize: head.treeSize,
                                                 oldRoot: earlier.rootHash, newRoot: head.rootHash, proof: proof) {
                    problems.append("\(label): not consistent with the head of \(earlier.treeSize) entries (the log was rewritten between them)")
                }
            }
        }
        return AuditVerification(entries: entries.count, heads: heads, problems: problems)
    }
}
