import XCTest
@testable import LeakTraceCrypto

final class HKDFTests: XCTestCase {
    // RFC 5869 appendix A.1.
    func testRFC5869TestCase1() throws {
        let okm = HKDF.sha256(
            key: [UInt8](repeating: 0x0B, count: 22),
            salt: try Hex.decode("000102030405060708090a0b0c"),
            info: try Hex.decode("f0f1f2f3f4f5f6f7f8f9"),
            length: 42)
        XCTAssertEqual(
            okm.hexString,
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
    }

    // RFC 5869 appendix A.3: empty salt and info.
    func testRFC5869TestCase3() {
        let okm = HKDF.sha256(key: [UInt8](repeating: 0x0B, count: 22), salt: [], info: [], length: 42)
        XCTAssertEqual(
            okm.hexString,
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")
    }

    func testInfoSeparatesKeysAndShorterOutputIsAPrefix() {
        let secret = [UInt8](repeating: 7, count: 32)
        let a = HKDF.sha256(key: secret, salt: [], info: "a".utf8Bytes, length: 64)
        let b = HKDF.sha256(key: secret, salt: [], info: "b".utf8Bytes, length: 64)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(HKDF.sha256(key: secret, salt: [], info: "a".utf8Bytes, length: 10), Array(a.prefix(10)))
    }
}
