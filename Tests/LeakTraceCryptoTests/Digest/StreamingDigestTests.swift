import Foundation
import XCTest
@testable import LeakTraceCrypto

final class StreamingDigestTests: XCTestCase {
    func testManyUpdatesEqualOneShotForEveryAlgorithm() {
        // Deterministic, uneven chunking that crosses the 64-byte block boundary in odd places.
        let message = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for algorithm in HashAlgorithm.allCases {
            let digest = StreamingDigest(algorithm)
            var offset = 0
            var step = 1
            while offset < message.count {
                let end = min(offset + step, message.count)
                digest.update(message[offset..<end])
                offset = end
                step = step * 3 % 97 + 1
            }
            XCTAssertEqual(digest.finalize(), Digest.hash(message, algorithm), algorithm.displayName)
        }
    }

    func testRawBufferUpdateAndKnownAnswer() {
        let digest = StreamingDigest(.sha256)
        "ab".utf8Bytes.withUnsafeBytes { digest.update($0) }
        digest.update(Data("c".utf8))
        digest.update([UInt8]())
        XCTAssertEqual(digest.finalize().hexString, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testCopyForksTheState() {
        let original = StreamingDigest(.md5)
        original.update("ab".utf8Bytes)
        let fork = original.copy()
        original.update("c".utf8Bytes)
        fork.update("x".utf8Bytes)
        XCTAssertEqual(original.finalize(), Digest.hash("abc".utf8Bytes, .md5))
        XCTAssertEqual(fork.finalize(), Digest.hash("abx".utf8Bytes, .md5))
    }
}
