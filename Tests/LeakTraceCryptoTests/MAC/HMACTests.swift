import XCTest
@testable import LeakTraceCrypto

final class HMACTests: XCTestCase {
    // RFC 4231 test case 2: a key shorter than the block.
    func testRFC4231TestCase2() {
        XCTAssertEqual(
            HMAC.sha256(key: "Jefe".utf8Bytes, message: "what do ya want for nothing?".utf8Bytes).hexString,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    // RFC 4231 test case 6: a 131-byte key, longer than the block, which HMAC must hash first.
    func testRFC4231TestCase6() {
        XCTAssertEqual(
            HMAC.sha256(
                key: [UInt8](repeating: 0xAA, count: 131),
                message: "Test Using Larger Than Block-Size Key - Hash Key First".utf8Bytes
            ).hexString,
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testEmptyKeyAndMessageAreAccepted() {
        // Value from Python's hmac module: hmac.new(b"", b"", sha256).
        XCTAssertEqual(
            HMAC.sha256(key: [], message: []).hexString,
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }
}
