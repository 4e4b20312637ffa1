import XCTest
@testable import LeakTraceCrypto

final class SequenceHexTests: XCTestCase {
    func testLowercaseTwoDigitsPerByte() {
        XCTAssertEqual([0x00, 0x0A, 0xAB, 0xFF].hexString, "000aabff")
        XCTAssertEqual([UInt8]().hexString, "")
    }

    func testWorksOnAnySequenceOfBytes() {
        let slice = [UInt8](0...20)[3..<6]
        XCTAssertEqual(slice.hexString, "030405")
        XCTAssertEqual("AZ".utf8.hexString, "415a")
    }
}
