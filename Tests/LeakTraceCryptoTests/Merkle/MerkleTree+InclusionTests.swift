import XCTest
@testable import LeakTraceCrypto

final class MerkleTreeInclusionTests: XCTestCase {
    // Audit paths in the CT test log of eight entries (certificate-transparency's merkle tree
    // tests, re-computed with Python's hashlib).
    func testCertificateTransparencyPaths() {
        let leaves = MerkleTreeTests.ctLeaves
        XCTAssertEqual(MerkleTree.inclusionProof(index: 0, leaves: leaves).map(\.hexString), [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ])
        XCTAssertEqual(MerkleTree.inclusionProof(index: 5, leaves: leaves).map(\.hexString), [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ])
    }

    func testEveryProofInTreesUpTo20MatchesReferenceAndVerifies() {
        for size in 1...20 {
            let leaves = MerkleTreeTests.entries(size)
            let root = MerkleTree.root(of: leaves)
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(index: index, leaves: leaves)
                XCTAssertEqual(proof, ReferenceMerkle.path(index, leaves), "size \(size) index \(index)")
                XCTAssertTrue(
                    MerkleTree.verifyInclusion(leaf: leaves[index], index: index, treeSize: size, proof: proof, root: root),
                    "size \(size) index \(index)")
            }
        }
    }

    func testTamperedProofsFail() {
        for size in 1...20 {
            let leaves = MerkleTreeTests.entries(size)
            let root = MerkleTree.root(of: leaves)
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(index: index, leaves: leaves)
                func rejects(_ leaf: [UInt8], _ i: Int, _ n: Int, _ p: [[UInt8]], _ r: [UInt8], _ what: String) {
                    XCTAssertFalse(
                        MerkleTree.verifyInclusion(leaf: leaf, index: i, treeSize: n, proof: p, root: r),
                        "size \(size) index \(index): \(what)")
                }
                for element in proof.indices {
                    var flipped = proof
                    flipped[element][element % 32] ^= 0x01
                    rejects(leaves[index], index, size, flipped, root, "flipped proof element \(element)")
                }
                var wrongLeaf = leaves[index]
                wrongLeaf.append(0)
                rejects(wrongLeaf, index, size, proof, root, "wrong entry")
                var wrongRoot = root
                wrongRoot[31] ^= 0x80
                rejects(leaves[index], index, size, proof, wrongRoot, "wrong root")
                rejects(leaves[index], index, size, proof + [root], root, "extra element")
                if !proof.isEmpty {
                    rejects(leaves[index], index, size, Array(proof.dropLast()), root, "missing element")
                }
                if size > 1 {
                    rejects(leaves[index], (index + 1) % size, size, proof, root, "other index")
                }
                // (A wrong tree size is not always detectable from the path alone: the root of a
                // 3-leaf tree also reads as a 4-leaf root. The size is bound by the signed tree head.)
                rejects(leaves[index], size, size, proof, root, "index beyond tree")
                rejects(leaves[index], -1, size, proof, root, "negative index")
            }
        }
    }

    func testMalformedHashesAreRejected() {
        let leaves = MerkleTreeTests.entries(4)
        let root = MerkleTree.root(of: leaves)
        var proof = MerkleTree.inclusionProof(index: 1, leaves: leaves)
        proof[0].removeLast()
        XCTAssertFalse(MerkleTree.verifyInclusion(leaf: leaves[1], index: 1, treeSize: 4, proof: proof, root: root))
        XCTAssertFalse(MerkleTree.verifyInclusion(
            leaf: leaves[1], index: 1, treeSize: 4,
            proof: MerkleTree.inclusionProof(index: 1, leaves: leaves), root: Array(root.prefix(16))))
    }
}
