import XCTest
@testable import LeakTraceCrypto

final class HexTests: XCTestCase {
    func testDecodesBothCases() throws {
        XCTAssertEqual(try Hex.decode("00ff7Fa0"), [0x00, 0xFF, 0x7F, 0xA0])
        XCTAssertEqual(try Hex.decode(""), [])
    }

    func testRoundTripsEveryByteValue() throws {
        let all = (0...255).map(UInt8.init)
        XCTAssertEqual(try Hex.decode(all.hexString), all)
    }

    func testRejectsOddLength() {
        XCTAssertThrowsError(try Hex.decode("abc")) { error in
            XCTAssertTrue((error as? CryptoError)?.message.contains("odd") ?? false, "\(error)")
        }
    }

    func testRejectsNonHexWithoutEchoingTheText() {
        XCTAssertThrowsError(try Hex.decode("00secret")) { error in
            let message = (error as? CryptoError)?.message ?? ""
            XCTAssertTrue(message.contains("offset 2"), message)
            XCTAssertFalse(message.contains("secret"), "error must not echo possibly secret input")
        }
        XCTAssertThrowsError(try Hex.decode("0x00"))
        XCTAssertThrowsError(try Hex.decode("00 11"))
    }
}
