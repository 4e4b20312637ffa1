import XCTest
@testable import LeakTraceCrypto

final class MerkleTreeTests: XCTestCase {
    /// The eight-entry test log of the Certificate Transparency reference implementation.
    static let ctLeaves: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map { try! Hex.decode($0) }

    /// Synthetic audit entries of uneven length.
    static func entries(_ n: Int) -> [[UInt8]] {
        (0..<n).map { Array("plant canary \($0) at stage \($0 % 4)".utf8) + [UInt8](repeating: UInt8($0), count: $0 % 5) }
    }

    func testEmptyTreeIsHashOfEmptyString() {
        XCTAssertEqual(MerkleTree.root(of: []).hexString, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(MerkleTree.emptyRoot, Digest.hash([UInt8]()))
    }

    func testSmallTreesSpelledOut() {
        let d = Self.entries(3)
        let l = d.map { Digest.hash([0x00] + $0) }
        XCTAssertEqual(MerkleTree.leafHash(d[0]), l[0])
        XCTAssertEqual(MerkleTree.root(of: [d[0]]), l[0])
        XCTAssertEqual(MerkleTree.root(of: Array(d[0..<2])), Digest.hash([0x01] + l[0] + l[1]))
        // Three leaves split 2 + 1: the third leaf is promoted, not paired with a copy of itself.
        XCTAssertEqual(MerkleTree.root(of: d), Digest.hash([0x01] + Digest.hash([0x01] + l[0] + l[1]) + l[2]))
    }

    // Roots of the CT test log's prefixes (certificate-transparency's merkle tree tests,
    // re-computed with Python's hashlib).
    func testCertificateTransparencyRoots() {
        let expected = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ]
        for size in 1...8 {
            XCTAssertEqual(MerkleTree.root(of: Array(Self.ctLeaves.prefix(size))).hexString, expected[size - 1], "size \(size)")
        }
    }

    func testRootsAgreeWithReferenceDefinition() {
        for size in 0...33 {
            let leaves = Self.entries(size)
            XCTAssertEqual(MerkleTree.root(of: leaves), ReferenceMerkle.mth(leaves), "size \(size)")
            XCTAssertEqual(MerkleTree.root(ofLeafHashes: leaves.map(MerkleTree.leafHash)), ReferenceMerkle.mth(leaves))
        }
    }

    func testRootChangesWhenAnEntryIsEditedDroppedOrReordered() {
        let leaves = Self.entries(9)
        let root = MerkleTree.root(of: leaves)
        var edited = leaves
        edited[4][0] ^= 1
        XCTAssertNotEqual(MerkleTree.root(of: edited), root)
        XCTAssertNotEqual(MerkleTree.root(of: leaves.enumerated().filter { $0.offset != 4 }.map(\.element)), root)
        var swapped = leaves
        swapped.swapAt(2, 3)
        XCTAssertNotEqual(MerkleTree.root(of: swapped), root)
    }

    func testSplitPointIsLargestPowerOfTwoBelowN() {
        for n in 2...1000 {
            XCTAssertEqual(MerkleTree.splitPoint(n), ReferenceMerkle.k(n), "n = \(n)")
        }
    }
}
