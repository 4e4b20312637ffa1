import Foundation
import XCTest
@testable import LeakTraceCrypto

final class HMACContextTests: XCTestCase {
    func testReusedContextGivesTheOneShotTagForEveryMessage() {
        let key = "index-key".utf8Bytes
        let context = HMACContext(key: key)
        let messages = ["", "10000000000", "合成甲", String(repeating: "长地址", count: 100)].map(\.utf8Bytes)
        for message in messages {
            XCTAssertEqual(context.authenticationCode(for: message), HMAC.sha256(key: key, message: message))
        }
        // Asking again after other messages must not be affected by them.
        XCTAssertEqual(context.authenticationCode(for: messages[1]), HMAC.sha256(key: key, message: messages[1]))
    }

    func testAcceptsDataAndSlices() {
        let context = HMACContext(key: "Jefe".utf8Bytes)
        let text = "xxwhat do ya want for nothing?".utf8Bytes
        let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        XCTAssertEqual(context.authenticationCode(for: text.dropFirst(2)).hexString, expected)
        XCTAssertEqual(context.authenticationCode(for: Data(text.dropFirst(2))).hexString, expected)
    }

    func testDifferentKeysGiveDifferentTags() {
        let message = "10000000000".utf8Bytes
        XCTAssertNotEqual(
            HMACContext(key: [1]).authenticationCode(for: message),
            HMACContext(key: [2]).authenticationCode(for: message))
    }
}
