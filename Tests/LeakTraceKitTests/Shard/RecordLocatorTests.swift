import XCTest
@testable import LeakTraceKit

final class RecordLocatorTests: XCTestCase {
    func testFindsEachRecordAfterThePreviousOneWithItsLine() {
        // The same record twice: the second must be found after the first, not at it again.
        let text = Array("姓名,电话\n张三,13000000001\n李四,13000000002\n张三,13000000001\n".utf8)
        var locator = RecordLocator()
        text.withUnsafeBufferPointer { bytes in
            let first = locator.locate("张三,13000000001", in: bytes)
            let second = locator.locate("李四,13000000002", in: bytes)
            let third = locator.locate("张三,13000000001", in: bytes)
            XCTAssertEqual(first.line, 2)
            XCTAssertEqual(first.offset, "姓名,电话\n".utf8.count)
            XCTAssertEqual(second.line, 3)
            XCTAssertEqual(third.line, 4)
            XCTAssertEqual(Array(bytes[third.offset..<third.offset + 6]), Array("张三".utf8))
        }
    }

    func testHeaderIsAddedOnlyToPiecesWithoutIt() {
        let header = "姓名,电话,地址"
        XCTAssertEqual(ShardMatcher.prefix(for: Array("张三,13000000001,某地\n".utf8), header: header), Array((header + "\n").utf8))
        XCTAssertEqual(ShardMatcher.prefix(for: Array("\(header)\r\n张三,13000000001,某地\n".utf8), header: header), [])
        XCTAssertEqual(ShardMatcher.prefix(for: Array("张三\n".utf8), header: nil), [])
    }
}
