import XCTest
@testable import LeakTraceCrypto

final class Ed25519PrivateKeyTests: XCTestCase {
    // RFC 8032 section 7.1, TEST 1 (empty message).
    func testRFC8032Test1() throws {
        let key = try Ed25519PrivateKey(
            rawRepresentation: try Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
        XCTAssertEqual(
            key.publicKey.rawRepresentation.hexString,
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        XCTAssertEqual(
            try key.signature(for: [UInt8]()).hexString,
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    }

    // RFC 8032 section 7.1, TEST 2 (one-byte message 0x72).
    func testRFC8032Test2() throws {
        let key = try Ed25519PrivateKey(
            rawRepresentation: try Hex.decode("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"))
        XCTAssertEqual(
            key.publicKey.rawRepresentation.hexString,
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        XCTAssertEqual(
            try key.signature(for: [0x72]).hexString,
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")
    }

    func testFreshKeysRoundTripAndDiffer() throws {
        let key = Ed25519PrivateKey()
        let other = Ed25519PrivateKey()
        XCTAssertEqual(key.rawRepresentation.count, 32)
        XCTAssertNotEqual(key.rawRepresentation, other.rawRepresentation)
        let rebuilt = try Ed25519PrivateKey(rawRepresentation: key.rawRepresentation)
        XCTAssertEqual(rebuilt.publicKey, key.publicKey)

        let manifest = "{\"report.html\":\"ab12…\"}".utf8Bytes
        let signature = try key.signature(for: manifest)
        XCTAssertEqual(signature.count, 64)
        XCTAssertTrue(key.publicKey.isValidSignature(signature, for: manifest))
        XCTAssertFalse(other.publicKey.isValidSignature(signature, for: manifest))
        // Ed25519 is deterministic: the same key and message give the same signature.
        XCTAssertEqual(try rebuilt.signature(for: manifest), signature)
    }

    func testSeedDerivedWithHKDFIsReproducible() throws {
        let secret = [UInt8](repeating: 0x42, count: 32)
        let seed = HKDF.sha256(key: secret, salt: [], info: "leaktrace/signing".utf8Bytes, length: 32)
        XCTAssertEqual(
            try Ed25519PrivateKey(rawRepresentation: seed).publicKey,
            try Ed25519PrivateKey(rawRepresentation: seed).publicKey)
    }

    func testRejectsWrongSeedLength() {
        XCTAssertThrowsError(try Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 31)))
        XCTAssertThrowsError(try Ed25519PrivateKey(rawRepresentation: [UInt8](repeating: 1, count: 64)))
    }

    func testDescriptionNeverShowsTheSeed() throws {
        let seed = try Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        let key = try Ed25519PrivateKey(rawRepresentation: seed)
        for text in ["\(key)", String(reflecting: key)] {
            XCTAssertFalse(text.contains(seed.hexString), text)
            XCTAssertTrue(text.contains("redacted"), text)
        }
    }
}
