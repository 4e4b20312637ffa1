import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry

extension AuditInclusionProof {
    /// Checks the proof offline, step by step; one line per failed step, empty when it holds.
    ///
    /// The entry's fields must give its recorded hash, its leaf must lead through the audit path to
    /// the root, and the signature must cover that root and tree size under the enclosed key. Whether
    /// the key is the registry's is for the reader to confirm against a fingerprint published
    /// separately (`expectedFingerprint`), since anyone can sign a proof with a key of their own.
    public func problems(expectedFingerprint: String? = nil) -> [String] {
        var problems: [String] = []
        if format != Self.formatName {
            problems.append("format is '\(format)', expected '\(Self.formatName)'")
        }
        if entry.computedHash != entry.entryHash {
            problems.append("entry \(entry.sequence): its fields do not give its recorded hash (edited)")
        }
        if leafIndex != entry.sequence - 1 {
            problems.append("leaf index \(leafIndex) is not entry \(entry.sequence)'s position (\(entry.sequence - 1))")
        }
        let leaf = MerkleTree.leafHash(entry.canonicalBytes)
        if leafHash.lowercased() != leaf.hexString {
            problems.append("leaf hash does not match the entry")
        }
        guard let root = try? Hex.decode(rootHash), let signatureBytes = try? Hex.decode(signature),
              let path = try? auditPath.map(Hex.decode), let keyBytes = try? Hex.decode(publicKey),
              let key = try? Ed25519PublicKey(rawRepresentation: keyBytes)
        else {
            return problems + ["root, signature, audit path or public key is not valid hex of the right length"]
        }
        if key.fingerprint != publicKeyFingerprint.lowercased() {
            problems.append("the public key's fingerprint is \(key.fingerprint), not the \(publicKeyFingerprint) the proof states")
        }
        if let expectedFingerprint, key.fingerprint != expectedFingerprint.lowercased().replacingOccurrences(of: " ", with: "") {
            problems.append("signed by key \(key.fingerprint), not the expected \(expectedFingerprint)")
        }
        if !MerkleTree.verifyInclusion(leafHash: leaf, index: leafIndex, treeSize: treeSize, proof: path, root: root) {
            problems.append("the audit path does not lead from entry \(entry.sequence) to the root of the \(treeSize)-entry tree")
        }
        let head = SignedTreeHead(treeSize: treeSize, rootHash: root, timestampMilliseconds: timestampMilliseconds, signature: signatureBytes)
        if !head.isValid(for: key) {
            problems.append("the tree head's signature does not verify under the enclosed public key")
        }
        if Timestamp.format(signedAt) != Timestamp.format(Date(timeIntervalSince1970: Double(timestampMilliseconds / 1000))) {
            problems.append("signed_at \(Timestamp.format(signedAt)) does not agree with the signed timestamp")
        }
        return problems
    }
}
