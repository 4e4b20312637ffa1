import XCTest
@testable import LeakTraceCrypto

final class AESGCMSealedBoxTests: XCTestCase {
    private let key = [UInt8](repeating: 0x5A, count: 32)

    func testCombinedRoundTripAndFreshNonces() throws {
        let plaintext = "synthetic canary".utf8Bytes
        let first = try AESGCM.seal(plaintext, key: key, aad: [7])
        let second = try AESGCM.seal(plaintext, key: key, aad: [7])
        XCTAssertNotEqual(first.nonce, second.nonce, "each seal must draw a new nonce")
        XCTAssertNotEqual(first.ciphertext, second.ciphertext)

        let blob = first.combined
        XCTAssertEqual(blob.count, 12 + plaintext.count + 16)
        let parsed = try AESGCM.SealedBox(combined: blob)
        XCTAssertEqual(parsed, first)
        XCTAssertEqual(try AESGCM.open(parsed, key: key, aad: [7]), plaintext)
    }

    func testTamperedBlobFailsAndShortBlobIsRejected() throws {
        var blob = try AESGCM.seal("x".utf8Bytes, key: key, aad: []).combined
        blob[12] ^= 1
        XCTAssertThrowsError(try AESGCM.open(try AESGCM.SealedBox(combined: blob), key: key, aad: []))
        XCTAssertThrowsError(try AESGCM.SealedBox(combined: [UInt8](repeating: 0, count: 27)))
        let emptyMessage = try AESGCM.SealedBox(combined: try AESGCM.seal([], key: key, aad: []).combined)
        XCTAssertEqual(try AESGCM.open(emptyMessage, key: key, aad: []), [])
    }
}
