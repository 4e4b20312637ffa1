import Foundation
import XCTest
@testable import LeakTraceCrypto

final class AESGCMOpenerTests: XCTestCase {
    private let key = (0..<32).map { UInt8($0) }

    /// One opener through many boxes, with failures between them, gives what `open` gives per box.
    func testOpensEveryBoxLikeOpenAndSurvivesFailures() throws {
        let opener = try AESGCM.Opener(key: key)
        var boxes: [(Data, [UInt8], [UInt8])] = []
        for i in 0..<50 {
            let plain = Array("合成\(i),1000000\(i),虚构省虚构市样例路\(i)号".utf8) + (i == 7 ? [] : Array(repeating: UInt8(i), count: i * 13))
            let aad = Array("canary c\(i)".utf8)
            boxes.append((Data(try AESGCM.seal(plain, key: key, aad: aad).combined), aad, plain))
        }
        boxes.append((Data(try AESGCM.seal([], key: key, aad: []).combined), [], []))
        for (i, (blob, aad, plain)) in boxes.enumerated() {
            XCTAssertEqual(try opener.open(combined: blob, aad: aad), plain, "box \(i)")
            XCTAssertEqual(try opener.open(combined: blob, aad: aad), try AESGCM.open(AESGCM.SealedBox(combined: Array(blob)), key: key, aad: aad))
            // Every kind of alteration fails, and the next box still opens.
            var flipped = blob
            flipped[flipped.count - 1 - (i % flipped.count)] ^= 1
            XCTAssertThrowsError(try opener.open(combined: flipped, aad: aad), "box \(i) altered") { error in
                XCTAssertTrue("\(error)".contains("authentication failed"), "\(error)")
            }
            XCTAssertThrowsError(try opener.open(combined: blob, aad: aad + [0]), "box \(i) other aad")
        }
        XCTAssertThrowsError(try opener.open(combined: Data(count: 27), aad: [])) { error in
            XCTAssertTrue("\(error)".contains("shorter than nonce and tag"), "\(error)")
        }
        var otherKey = key
        otherKey[31] ^= 1
        XCTAssertThrowsError(try AESGCM.Opener(key: otherKey).open(combined: boxes[3].0, aad: boxes[3].1))
        XCTAssertThrowsError(try AESGCM.Opener(key: Array(key.prefix(16))))
    }
}
