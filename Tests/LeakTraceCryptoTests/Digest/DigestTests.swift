import Foundation
import XCTest
@testable import LeakTraceCrypto

final class DigestTests: XCTestCase {
    // FIPS 180-2 appendix B.1 and the empty-string value.
    func testSHA256KnownAnswers() {
        XCTAssertEqual(
            Digest.sha256Hex("abc".utf8Bytes), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            Digest.sha256Hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(
            Digest.sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8Bytes),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    // RFC 1321 appendix A.5.
    func testMD5KnownAnswers() {
        XCTAssertEqual(Digest.hash("abc".utf8Bytes, .md5).hexString, "900150983cd24fb0d6963f7d28e17f72")
        XCTAssertEqual(Digest.hash([UInt8](), .md5).hexString, "d41d8cd98f00b204e9800998ecf8427e")
    }

    // GB/T 32905-2016 examples 1 and 2.
    func testSM3KnownAnswers() {
        XCTAssertEqual(
            Digest.hash("abc".utf8Bytes, .sm3).hexString,
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
        XCTAssertEqual(
            Digest.hash(Array(repeating: "abcd", count: 16).joined().utf8Bytes, .sm3).hexString,
            "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
    }

    func testDataSlicesAndArraysGiveTheSameDigest() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let expected = Digest.hash(bytes[100..<900].map { $0 })
        XCTAssertEqual(Digest.hash(bytes[100..<900]), expected)
        XCTAssertEqual(Digest.hash(Data(bytes)[100..<900]), expected)
        XCTAssertEqual(Digest.hash(Data()), Digest.hash([UInt8]()))
    }

    func testMultiRegionDataHashesAsItsConcatenation() {
        let first = "ab".utf8Bytes, second = "c".utf8Bytes
        var dispatch = DispatchData.empty
        first.withUnsafeBytes { dispatch.append($0) }
        second.withUnsafeBytes { dispatch.append($0) }
        XCTAssertEqual(dispatch.regions.count, 2)
        XCTAssertEqual(Digest.hash(dispatch, .sm3), Digest.hash("abc".utf8Bytes, .sm3))
    }
}
