import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry

extension AuditInclusionProof {
    /// The proof for entry `sequence` (1-based, as `leaktrace audit show` numbers them) against the
    /// latest signed tree head. The log is sealed first, so the head covers every entry.
    public static func issue(forEntry sequence: Int, in workspace: Workspace) throws -> AuditInclusionProof {
        let registry = workspace.registry
        guard let head = try AuditNotary(workspace: workspace).seal() else {
            throw LeakTraceError.registry("the audit log is empty; there is no entry to prove")
        }
        let entries = try registry.auditEntries()
        guard (1...head.treeSize).contains(sequence), sequence <= entries.count else {
            throw LeakTraceError.invalidInput("no audit entry \(sequence): the signed log holds entries 1–\(head.treeSize)")
        }
        let leaves = entries.prefix(head.treeSize).map(\.canonicalBytes)
        let entry = entries[sequence - 1]
        let key = try workspace.publicKey()
        return AuditInclusionProof(
            registryID: try registry.identity().id, entry: entry, leafIndex: sequence - 1,
            leafHash: MerkleTree.leafHash(entry.canonicalBytes).hexString, treeSize: head.treeSize,
            rootHash: head.rootHash.hexString, timestampMilliseconds: head.timestampMilliseconds,
            signedAt: Date(timeIntervalSince1970: Double(head.timestampMilliseconds / 1000)),
            signature: head.signature.hexString, publicKey: key.rawRepresentation.hexString,
            publicKeyFingerprint: key.fingerprint,
            auditPath: MerkleTree.inclusionProof(index: sequence - 1, leaves: Array(leaves)).map(\.hexString))
    }
}
