import XCTest
@testable import LeakTraceCrypto

final class HashAlgorithmTests: XCTestCase {
    func testDisplayNamesMatchCASEVocabulary() {
        XCTAssertEqual(HashAlgorithm.allCases.map(\.displayName), ["SHA256", "MD5", "SM3"])
    }

    func testDigestLengthsMatchWhatOpenSSLProduces() {
        for algorithm in HashAlgorithm.allCases {
            XCTAssertEqual(Digest.hash([UInt8](), algorithm).count, algorithm.digestLength, algorithm.displayName)
        }
    }

    func testRawValuesAreStableForStorage() {
        XCTAssertEqual(HashAlgorithm(rawValue: "sm3"), .sm3)
        XCTAssertEqual(HashAlgorithm.allCases.map(\.rawValue), ["sha256", "md5", "sm3"])
    }
}
