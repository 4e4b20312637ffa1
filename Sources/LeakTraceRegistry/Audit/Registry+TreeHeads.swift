import Foundation
import GRDB
import LeakTraceCore
import LeakTraceCrypto

extension Registry {
    /// Signs the audit log's current state and stores the head, in one immediate transaction so no
    /// entry can slip in between computing the root and storing its signature.
    ///
    /// `sign` receives the number of entries and their RFC 9162 Merkle root and returns the signed
    /// head; the registry holds no key, so the caller (the Kit's `AuditNotary`) signs. The head is
    /// stored only if it is over exactly that state and verifies under the registry's public key.
    /// Nothing is signed when the latest head already covers every entry, nor over a log that no
    /// longer matches an earlier head: a registry that was tampered with gets no fresh signature.
    ///
    /// ```swift
    /// let head = try registry.recordTreeHead { size, root in
    ///     try SignedTreeHead.sign(treeSize: size, rootHash: root, timestampMilliseconds: nowMs, with: key)
    /// }
    /// ```
    @discardableResult
    public func recordTreeHead(sign: (_ treeSize: Int, _ rootHash: [UInt8]) throws -> SignedTreeHead) throws -> SignedTreeHead? {
        var result: SignedTreeHead?
        try dbQueue.inTransaction(.immediate) { db in
            let entries = try AuditLog.entries(db)
            guard !entries.isEmpty else { return .commit }
            let leaves = AuditLog.leafHashes(entries)
            let root = MerkleTree.root(ofLeafHashes: leaves)
            if let latest = try Self.treeHeads(db).last {
                guard latest.treeSize <= entries.count,
                      MerkleTree.root(ofLeafHashes: Array(leaves.prefix(latest.treeSize))) == latest.rootHash
                else {
                    throw LeakTraceError.verification(
                        "\(path): the audit log no longer matches its signed tree head of \(latest.treeSize) entries; run `leaktrace audit verify`")
                }
                if latest.treeSize == entries.count {
                    result = latest
                    return .commit
                }
            }
            let head = try sign(entries.count, root)
            guard head.treeSize == entries.count, head.rootHash == root else {
                throw LeakTraceError.verification("\(path): a tree head was signed over another state of the audit log")
            }
            guard try Self.publicKey(db).map(head.isValid(for:)) == true else {
                throw LeakTraceError.verification("\(path): the tree head's signature does not verify under the registry's public key")
            }
            try db.execute(
                sql: "INSERT INTO audit_tree_head (tree_size, root_hash, timestamp_ms, signature) VALUES (?, ?, ?, ?)",
                arguments: [head.treeSize, head.rootHash.hexString, Int64(bitPattern: head.timestampMilliseconds), head.signature.hexString])
            result = head
            return .commit
        }
        return result
    }

    /// Every signed tree head, smallest first.
    public func treeHeads() throws -> [SignedTreeHead] {
        try dbQueue.read { db in try Self.treeHeads(db) }
    }

    public func latestTreeHead() throws -> SignedTreeHead? {
        try treeHeads().last
    }

    /// The registry's public signing key, as stored when it was created.
    public func publicKey() throws -> Ed25519PublicKey? {
        try dbQueue.read { db in try Self.publicKey(db) }
    }

    static func treeHeads(_ db: Database) throws -> [SignedTreeHead] {
        try Row.fetchAll(db, sql: "SELECT tree_size, root_hash, timestamp_ms, signature FROM audit_tree_head ORDER BY tree_size").map { row in
            // A row edited into non-hex stays in the list with empty bytes, so verification names it.
            SignedTreeHead(
                treeSize: row["tree_size"], rootHash: (try? Hex.decode(row["root_hash"])) ?? [],
                timestampMilliseconds: UInt64(bitPattern: row["timestamp_ms"] as Int64),
                signature: (try? Hex.decode(row["signature"])) ?? [])
        }
    }

    static func publicKey(_ db: Database) throws -> Ed25519PublicKey? {
        guard let hex = try Meta.get(.publicKey, in: db), let raw = try? Hex.decode(hex) else { return nil }
        return try? Ed25519PublicKey(rawRepresentation: raw)
    }
}
