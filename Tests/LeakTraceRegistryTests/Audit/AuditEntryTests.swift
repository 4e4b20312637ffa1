import LeakTraceCrypto
import XCTest
@testable import LeakTraceRegistry

final class AuditEntryTests: XCTestCase {
    private let entry = AuditEntry(sequence: 7, at: "2026-11-01T08:00:00Z", actor: "测试", action: "plant", detail: "a:b",
                                   previousHash: "ab", entryHash: "")

    func testCanonicalBytesAreLengthPrefixedUTF8() {
        // "测试" is 6 bytes of UTF-8; the colon inside "a:b" cannot be mistaken for a separator.
        XCTAssertEqual(String(decoding: entry.canonicalBytes, as: UTF8.self), "2:ab1:720:2026-11-01T08:00:00Z6:测试5:plant3:a:b")
    }

    func testChainHashAndMerkleLeafCoverTheSameBytes() {
        XCTAssertEqual(entry.computedHash, Digest.sha256Hex(entry.canonicalBytes))
        XCTAssertEqual(MerkleTree.leafHash(entry.canonicalBytes), Digest.hash([0x00] + entry.canonicalBytes, .sha256))
    }

    func testFieldBoundariesCannotShift() {
        // Plain concatenation would give "plantx" for both.
        var a = entry, b = entry
        a.action = "plant"; a.detail = "x"
        b.action = "plan"; b.detail = "tx"
        XCTAssertNotEqual(a.canonicalBytes, b.canonicalBytes)
        XCTAssertNotEqual(a.computedHash, b.computedHash)
    }
}
