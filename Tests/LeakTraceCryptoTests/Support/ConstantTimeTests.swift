import XCTest
@testable import LeakTraceCrypto

final class ConstantTimeTests: XCTestCase {
    func testEqualityMatchesByteComparison() {
        let tag = HMAC.sha256(key: "k".utf8Bytes, message: "m".utf8Bytes)
        XCTAssertTrue(ConstantTime.isEqual(tag, tag))
        for index in tag.indices {
            var altered = tag
            altered[index] ^= 0x80
            XCTAssertFalse(ConstantTime.isEqual(tag, altered), "difference at byte \(index) missed")
        }
        XCTAssertFalse(ConstantTime.isEqual(tag, Array(tag.dropLast())))
        XCTAssertTrue(ConstantTime.isEqual([], []))
    }
}
