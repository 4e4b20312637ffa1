import XCTest
@testable import LeakTraceCrypto

final class AESGCMTests: XCTestCase {
    private let key = (0..<32).map { UInt8($0) }
    private let nonce = (100..<112).map { UInt8($0) }

    // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13 and 14 (AES-256).
    func testKnownAnswersWithZeroKeyAndNonce() throws {
        let zeroKey = [UInt8](repeating: 0, count: 32), zeroNonce = [UInt8](repeating: 0, count: 12)
        let empty = try AESGCM.seal([], key: zeroKey, nonce: zeroNonce, aad: [])
        XCTAssertEqual(empty.ciphertext, [])
        XCTAssertEqual(empty.tag.hexString, "530f8afbc74536b9a963b4f1c4cb738b")
        let block = try AESGCM.seal([UInt8](repeating: 0, count: 16), key: zeroKey, nonce: zeroNonce, aad: [])
        XCTAssertEqual(block.ciphertext.hexString, "cea7403d4d606b6e074ec5d3baf39d18")
        XCTAssertEqual(block.tag.hexString, "d0d1c8a799996bf0265b98b5d48ab919")
    }

    func testRoundTrip() throws {
        let plaintext = "合成甲,10000000000,虚构省虚构市样例路1号".utf8Bytes
        let aad = "canary:0001".utf8Bytes
        let sealed = try AESGCM.seal(plaintext, key: key, nonce: nonce, aad: aad)
        XCTAssertEqual(sealed.ciphertext.count, plaintext.count)
        XCTAssertNotEqual(sealed.ciphertext, plaintext)
        XCTAssertEqual(sealed.tag.count, 16)
        XCTAssertEqual(
            try AESGCM.open(sealed.ciphertext, tag: sealed.tag, key: key, nonce: nonce, aad: aad), plaintext)
        XCTAssertEqual(try AESGCM.open([], tag: try AESGCM.seal([], key: key, nonce: nonce, aad: aad).tag,
                                       key: key, nonce: nonce, aad: aad), [])
    }

    func testAnyTamperingIsDetected() throws {
        let plaintext = "canary record".utf8Bytes
        let aad = "canary:0002".utf8Bytes
        let (ciphertext, tag) = try AESGCM.seal(plaintext, key: key, nonce: nonce, aad: aad)
        func fails(_ c: [UInt8], _ t: [UInt8], _ k: [UInt8], _ n: [UInt8], _ a: [UInt8], _ what: String) {
            XCTAssertThrowsError(try AESGCM.open(c, tag: t, key: k, nonce: n, aad: a), what) { error in
                XCTAssertTrue("\(error)".contains("authentication failed"), "\(what): \(error)")
            }
        }
        for index in ciphertext.indices {
            var altered = ciphertext
            altered[index] ^= 1
            fails(altered, tag, key, nonce, aad, "ciphertext byte \(index)")
        }
        var alteredTag = tag
        alteredTag[15] ^= 0x80
        fails(ciphertext, alteredTag, key, nonce, aad, "tag")
        var alteredKey = key
        alteredKey[0] ^= 1
        fails(ciphertext, tag, alteredKey, nonce, aad, "key")
        var alteredNonce = nonce
        alteredNonce[11] ^= 1
        fails(ciphertext, tag, key, alteredNonce, aad, "nonce")
        fails(ciphertext, tag, key, nonce, "canary:0003".utf8Bytes, "aad")
        fails(ciphertext, tag, key, nonce, [], "missing aad")
    }

    func testRejectsBadSizes() {
        XCTAssertThrowsError(try AESGCM.seal([1], key: Array(key.prefix(16)), nonce: nonce, aad: []))
        XCTAssertThrowsError(try AESGCM.seal([1], key: key, nonce: Array(nonce.prefix(8)), aad: []))
        XCTAssertThrowsError(try AESGCM.open([1], tag: [UInt8](repeating: 0, count: 12), key: key, nonce: nonce, aad: []))
    }
}
