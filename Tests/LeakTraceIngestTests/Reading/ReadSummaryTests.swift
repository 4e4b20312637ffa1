import XCTest
@testable import LeakTraceIngest

final class ReadSummaryTests: XCTestCase {
    func testReadSummaryKeepsTheFirstFewLinesPerReason() {
        var summary = ReadSummary()
        for line in [9, 3, 3, 12, 15, 20, 25, 30] { summary.skip(.brokenQuoting, line: line) }
        summary.add("bad-encoding", count: 0, samples: [1])
        XCTAssertEqual(summary.skipped, ["broken-quoting": 8])
        XCTAssertEqual(summary.skippedSamples["broken-quoting"], [3, 9, 12, 15, 20])
        XCTAssertEqual(summary.totalSkipped, 8)
    }
}
