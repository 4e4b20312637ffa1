import XCTest
@testable import LeakTraceIngest

final class LineTextReaderTests: XCTestCase {
    func testEachNonBlankLineIsARecordNumberedByLine() throws {
        let (records, summary) = try LineTextReader().readAll("2026-01-02 10:00 买家A\r\n\n  \n收件人：张伟 电话：13800138000\n")
        XCTAssertEqual(summary.records, 2)
        XCTAssertEqual(records.map(\.number), [1, 4])
        XCTAssertEqual(records[1].cells, ["收件人：张伟 电话：13800138000"])
        XCTAssertEqual(records[0].seen, "2026-01-02 10:00 买家A")
        XCTAssertNil(records[1].phone, "free text leaves field detection to the matcher")
    }

    func testOverlongLineIsSkippedAndCounted() throws {
        let reader = LineTextReader(maxLineBytes: 100)
        let (records, summary) = try reader.readAll("ok\n" + String(repeating: "9", count: 1000) + "\nstill ok")
        XCTAssertEqual(records.map(\.number), [1, 3])
        XCTAssertEqual(summary.skipped, ["too-long": 1])
        XCTAssertEqual(summary.skippedSamples["too-long"], [2])
    }

    func testConfidenceIsALowFallbackAndZeroForBinary() {
        let text = FileSample(path: "chat.txt", head: Array("你好\n".utf8), isWholeFile: true)
        let binary = FileSample(path: "x.bin", head: (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }, isWholeFile: true)
        XCTAssertEqual(LineTextReader.confidence(for: text), 0.1)
        XCTAssertTrue(binary.looksBinary)
        XCTAssertEqual(LineTextReader.confidence(for: binary), 0)
    }
}
