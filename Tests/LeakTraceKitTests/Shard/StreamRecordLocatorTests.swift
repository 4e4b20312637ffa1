import XCTest
@testable import LeakTraceKit

final class StreamRecordLocatorTests: XCTestCase {
    /// Shown the text in small blocks, keeping little, it finds what `RecordLocator` finds in the whole.
    func testFindsWhatTheWholeTextLocatorFinds() {
        let rows = (0..<300).map { "张\($0 % 7),1300000\(String(format: "%04d", $0 % 40)),某地\($0)号" }
        let text = Array(("姓名,电话,地址\n" + rows.joined(separator: "\n") + "\n").utf8)
        let wanted = stride(from: 3, to: 300, by: 11).map { rows[$0] }
        var whole = RecordLocator()
        let expected = text.withUnsafeBufferPointer { bytes in wanted.map { whole.locate($0, in: bytes) } }

        let block = 64
        var stream = StreamRecordLocator(keep: 2 * block)
        var found: [(offset: Int, line: Int)] = []
        var next = 0
        var start = 0
        while start < text.count {
            let end = min(start + block, text.count)
            text[start..<end].withUnsafeBytes { stream.observe($0) }
            // Emit the records that end within what has been shown, as a block reader would.
            while next < wanted.count, expected[next].offset + wanted[next].utf8.count <= end {
                found.append(stream.locate(wanted[next]))
                next += 1
            }
            start = end
        }
        XCTAssertEqual(found.map(\.offset), expected.map(\.offset))
        XCTAssertEqual(found.map(\.line), expected.map(\.line))
        XCTAssertEqual(found.count, wanted.count)
        XCTAssertEqual(found.map(\.line), Array(stride(from: 3, to: 300, by: 11)).map { $0 + 2 }, "row i is on line i + 2")
    }
}
