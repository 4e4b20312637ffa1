import XCTest
@testable import LeakTraceCrypto

final class MerkleTreeConsistencyTests: XCTestCase {
    // Consistency proofs in the CT test log of eight entries (certificate-transparency's merkle
    // tree tests, re-computed with Python's hashlib).
    func testCertificateTransparencyProofs() {
        let leaves = MerkleTreeTests.ctLeaves
        XCTAssertEqual(MerkleTree.consistencyProof(from: 1, leaves: leaves).map(\.hexString), [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ])
        XCTAssertEqual(MerkleTree.consistencyProof(from: 3, leaves: leaves).map(\.hexString), [
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ])
        XCTAssertEqual(MerkleTree.consistencyProof(from: 6, leaves: leaves).map(\.hexString), [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ])
    }

    func testAllProofsUpTo20MatchReferenceAndVerify() {
        let all = MerkleTreeTests.entries(20)
        let roots = (0...20).map { MerkleTree.root(of: Array(all.prefix($0))) }
        for newSize in 1...20 {
            let leaves = Array(all.prefix(newSize))
            for oldSize in 1..<newSize {
                let proof = MerkleTree.consistencyProof(from: oldSize, leaves: leaves)
                XCTAssertEqual(proof, ReferenceMerkle.proof(oldSize, leaves), "\(oldSize) → \(newSize)")
                XCTAssertTrue(
                    MerkleTree.verifyConsistency(
                        oldSize: oldSize, newSize: newSize, oldRoot: roots[oldSize], newRoot: roots[newSize], proof: proof),
                    "\(oldSize) → \(newSize)")
            }
        }
    }

    func testTamperedProofsAndRewrittenHistoryFail() {
        let all = MerkleTreeTests.entries(20)
        let roots = (0...20).map { MerkleTree.root(of: Array(all.prefix($0))) }
        for newSize in 2...20 {
            let leaves = Array(all.prefix(newSize))
            for oldSize in 1..<newSize {
                let proof = MerkleTree.consistencyProof(from: oldSize, leaves: leaves)
                func rejects(_ m: Int, _ n: Int, _ r1: [UInt8], _ r2: [UInt8], _ p: [[UInt8]], _ what: String) {
                    XCTAssertFalse(
                        MerkleTree.verifyConsistency(oldSize: m, newSize: n, oldRoot: r1, newRoot: r2, proof: p),
                        "\(oldSize) → \(newSize): \(what)")
                }
                for element in proof.indices {
                    var flipped = proof
                    flipped[element][0] ^= 0x01
                    rejects(oldSize, newSize, roots[oldSize], roots[newSize], flipped, "flipped element \(element)")
                }
                // An old entry rewritten after the old head was signed.
                var rewritten = leaves
                rewritten[oldSize - 1][0] ^= 0x01
                rejects(oldSize, newSize, roots[oldSize], MerkleTree.root(of: rewritten),
                        MerkleTree.consistencyProof(from: oldSize, leaves: rewritten), "rewritten history")
                rejects(oldSize, newSize, roots[oldSize], roots[newSize], Array(proof.dropLast()), "missing element")
                rejects(oldSize, newSize, roots[oldSize], roots[newSize], proof + [roots[0]], "extra element")
                rejects(oldSize, newSize, roots[oldSize], roots[newSize], [], "empty proof")
                rejects(oldSize, newSize, roots[newSize], roots[newSize], proof, "old root swapped")
                if oldSize + 1 < newSize {
                    rejects(oldSize + 1, newSize, roots[oldSize], roots[newSize], proof, "wrong old size")
                }
                rejects(newSize, oldSize, roots[newSize], roots[oldSize], proof, "sizes reversed")
            }
        }
    }

    func testDegenerateSizes() {
        let leaves = MerkleTreeTests.entries(5)
        let root = MerkleTree.root(of: leaves)
        XCTAssertEqual(MerkleTree.consistencyProof(from: 5, leaves: leaves), [])
        XCTAssertEqual(MerkleTree.consistencyProof(from: 0, leaves: leaves), [])
        XCTAssertTrue(MerkleTree.verifyConsistency(oldSize: 5, newSize: 5, oldRoot: root, newRoot: root, proof: []))
        XCTAssertFalse(MerkleTree.verifyConsistency(
            oldSize: 5, newSize: 5, oldRoot: MerkleTree.root(of: Array(leaves.prefix(4))), newRoot: root, proof: []))
        XCTAssertTrue(MerkleTree.verifyConsistency(
            oldSize: 0, newSize: 5, oldRoot: MerkleTree.emptyRoot, newRoot: root, proof: []))
        XCTAssertFalse(MerkleTree.verifyConsistency(oldSize: 0, newSize: 5, oldRoot: root, newRoot: root, proof: []))
    }
}
