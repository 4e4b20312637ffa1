import Foundation
import XCTest
@testable import LeakTraceCrypto

final class MultiDigestTests: XCTestCase {
    func testEachDigestMatchesItsOneShot() {
        var digests = MultiDigest()
        digests.update("a".utf8Bytes)
        digests.update(Data("bc".utf8))
        XCTAssertEqual(digests.byteCount, 3)
        let result = digests.finalize()
        XCTAssertEqual(result.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(result.md5, "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertEqual(result.sm3, "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    }

    func testCopiesAreIndependent() {
        var first = MultiDigest()
        first.update("ab".utf8Bytes)
        var second = first
        first.update("c".utf8Bytes)
        second.update("x".utf8Bytes)
        XCTAssertEqual(first.finalize().sha256, Digest.sha256Hex("abc".utf8Bytes))
        XCTAssertEqual(second.finalize().sha256, Digest.sha256Hex("abx".utf8Bytes))
        XCTAssertEqual(second.byteCount, 3)
    }
}
