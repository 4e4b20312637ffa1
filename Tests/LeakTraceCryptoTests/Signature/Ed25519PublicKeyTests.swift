import Foundation
import XCTest
@testable import LeakTraceCrypto

final class Ed25519PublicKeyTests: XCTestCase {
    private let rfcPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    private let rfcSignature =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"

    func testVerifiesRFC8032Test1() throws {
        let key = try Ed25519PublicKey(rawRepresentation: try Hex.decode(rfcPublicKey))
        XCTAssertTrue(key.isValidSignature(try Hex.decode(rfcSignature), for: [UInt8]()))
        XCTAssertTrue(key.isValidSignature(try Hex.decode(rfcSignature), for: Data()))
    }

    func testFlippingAnyBitOfSignatureOrMessageFailsVerification() throws {
        let privateKey = try Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 9, count: 32))
        let message = "manifest: report.html sha256=…".utf8Bytes
        let signature = try privateKey.signature(for: message)
        let key = privateKey.publicKey
        XCTAssertTrue(key.isValidSignature(signature, for: message))
        for index in signature.indices {
            var tampered = signature
            tampered[index] ^= 0x01
            XCTAssertFalse(key.isValidSignature(tampered, for: message), "signature byte \(index)")
        }
        for index in message.indices {
            var tampered = message
            tampered[index] ^= 0x01
            XCTAssertFalse(key.isValidSignature(signature, for: tampered), "message byte \(index)")
        }
        XCTAssertFalse(key.isValidSignature(signature, for: message + [0]))
        XCTAssertFalse(key.isValidSignature(Array(signature.dropLast()), for: message))
        XCTAssertFalse(key.isValidSignature([], for: message))
    }

    func testRejectsWrongLengthAndIsHashableByBytes() throws {
        XCTAssertThrowsError(try Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 33)))
        let a = try Ed25519PublicKey(rawRepresentation: try Hex.decode(rfcPublicKey))
        let b = try Ed25519PublicKey(rawRepresentation: try Hex.decode(rfcPublicKey))
        XCTAssertEqual(Set([a, b]).count, 1)
    }

    func testFingerprintIsSHA256OfRawKey() throws {
        let key = try Ed25519PublicKey(rawRepresentation: try Hex.decode(rfcPublicKey))
        XCTAssertEqual(key.fingerprint, Digest.sha256Hex(try Hex.decode(rfcPublicKey)))
        XCTAssertEqual(key.fingerprint.count, 64)
    }
}
