import XCTest
@testable import LeakTraceCrypto

final class ScryptTests: XCTestCase {
    // RFC 7914 section 12, second vector.
    func testRFC7914PasswordNaCl() throws {
        let key = try Scrypt.derive(
            passphrase: "password".utf8Bytes, salt: "NaCl".utf8Bytes, n: 1024, r: 8, p: 16, length: 64)
        XCTAssertEqual(
            key.hexString,
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
    }

    // RFC 7914 section 12, first vector: empty passphrase and salt.
    func testRFC7914EmptyInputs() throws {
        let key = try Scrypt.derive(passphrase: [], salt: [], n: 16, r: 1, p: 1, length: 64)
        XCTAssertEqual(
            key.hexString,
            "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906")
    }

    func testRejectsInvalidParameters() {
        XCTAssertThrowsError(try Scrypt.derive(passphrase: [1], salt: [2], n: 1000, r: 8, p: 1, length: 32))
        XCTAssertThrowsError(try Scrypt.derive(passphrase: [1], salt: [2], n: 1, r: 8, p: 1, length: 32))
        XCTAssertThrowsError(try Scrypt.derive(passphrase: [1], salt: [2], n: 16, r: 0, p: 1, length: 32))
        XCTAssertThrowsError(try Scrypt.derive(passphrase: [1], salt: [2], n: 16, r: 1, p: 1, length: 0))
    }

    func testMemoryCeilingIsEnforced() {
        // N = 2^14, r = 8 needs 16 MiB: refused under 8 MiB, accepted under the default.
        XCTAssertThrowsError(
            try Scrypt.derive(passphrase: [1], salt: [2], n: 1 << 14, r: 8, p: 1, length: 32, maxMemory: 8 << 20))
        XCTAssertNoThrow(try Scrypt.derive(passphrase: [1], salt: [2], n: 1 << 14, r: 8, p: 1, length: 32))
    }
}
