import XCTest
@testable import LeakTraceCrypto

final class SignedTreeHeadTests: XCTestCase {
    private let key = try! Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 3, count: 32))

    func testSignedHeadVerifiesAndBindsSizeRootAndTime() throws {
        let leaves = MerkleTreeTests.entries(7)
        let root = MerkleTree.root(of: leaves)
        let head = try SignedTreeHead.sign(treeSize: 7, rootHash: root, timestampMilliseconds: 1_700_000_000_000, with: key)
        XCTAssertTrue(head.isValid(for: key.publicKey))

        let forgeries = [
            SignedTreeHead(treeSize: 8, rootHash: root, timestampMilliseconds: head.timestampMilliseconds, signature: head.signature),
            SignedTreeHead(treeSize: 7, rootHash: MerkleTree.root(of: Array(leaves.prefix(6))),
                           timestampMilliseconds: head.timestampMilliseconds, signature: head.signature),
            SignedTreeHead(treeSize: 7, rootHash: root, timestampMilliseconds: head.timestampMilliseconds + 1, signature: head.signature),
        ]
        for forged in forgeries { XCTAssertFalse(forged.isValid(for: key.publicKey)) }
        let otherKey = try Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 4, count: 32))
        XCTAssertFalse(head.isValid(for: otherKey.publicKey))
    }

    func testSignedBytesLayout() throws {
        let root = [UInt8](repeating: 0xAB, count: 32)
        let head = try SignedTreeHead.sign(treeSize: 0x0102, rootHash: root, timestampMilliseconds: 0x0A0B, with: key)
        let label = Array("LeakTrace signed tree head v1".utf8) + [0]
        XCTAssertEqual(head.signedBytes, label + [0, 0, 0, 0, 0, 0, 1, 2] + [0, 0, 0, 0, 0, 0, 0x0A, 0x0B] + root)
        // Deterministic: re-signing the same head gives the same bytes.
        XCTAssertEqual(try SignedTreeHead.sign(treeSize: 0x0102, rootHash: root, timestampMilliseconds: 0x0A0B, with: key), head)
    }

    func testInclusionProofChecksAgainstASignedHead() throws {
        let leaves = MerkleTreeTests.entries(13)
        let head = try SignedTreeHead.sign(
            treeSize: leaves.count, rootHash: MerkleTree.root(of: leaves), timestampMilliseconds: 1, with: key)
        XCTAssertTrue(head.isValid(for: key.publicKey))
        let proof = MerkleTree.inclusionProof(index: 11, leaves: leaves)
        XCTAssertTrue(MerkleTree.verifyInclusion(
            leaf: leaves[11], index: 11, treeSize: head.treeSize, proof: proof, root: head.rootHash))
    }

    func testRejectsMalformedInput() {
        XCTAssertThrowsError(try SignedTreeHead.sign(treeSize: 1, rootHash: [1, 2], timestampMilliseconds: 0, with: key))
        XCTAssertThrowsError(try SignedTreeHead.sign(
            treeSize: -1, rootHash: MerkleTree.emptyRoot, timestampMilliseconds: 0, with: key))
    }
}
