import XCTest
@testable import LeakTraceRegistry

final class SealedCanaryFieldsTests: XCTestCase {
    func testRoundTripIncludingEmptyAndMultibyteFields() throws {
        let fields = SealedCanaryFields(name: "测试甲", phone: "", address: "测试省测试市测试路1号", orderJSON: "{\"a\":1}")
        XCTAssertEqual(try SealedCanaryFields(bytes: fields.bytes), fields)
        XCTAssertEqual(fields.bytes.count, 16 + 9 + 0 + "测试省测试市测试路1号".utf8.count + 7)
    }

    func testCutShortOrPaddedBytesAreRefused() {
        let bytes = SealedCanaryFields(name: "甲", phone: "1", address: "乙", orderJSON: "{}").bytes
        XCTAssertThrowsError(try SealedCanaryFields(bytes: Array(bytes.dropLast())))
        XCTAssertThrowsError(try SealedCanaryFields(bytes: bytes + [0]))
        XCTAssertThrowsError(try SealedCanaryFields(bytes: [0xFF, 0xFF, 0xFF, 0xFF]))
    }
}
