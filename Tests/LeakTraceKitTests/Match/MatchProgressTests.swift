import XCTest
@testable import LeakTraceKit

final class MatchProgressTests: XCTestCase {
    func testBarShowsShareOfBytesRowsAndRate() {
        let progress = MatchProgress(file: "seized/list.csv", bytesDone: 30, bytesTotal: 60, rows: 1_234_567)
        XCTAssertEqual(progress.fraction, 0.5)
        XCTAssertEqual(progress.bar(elapsedSeconds: 2, width: 10), "[#####-----]  50%  1,234,567 rows  617,283 rows/s  list.csv")
    }

    func testBarIsFullAtTheEndAndNeverPastIt() {
        let done = MatchProgress(file: "a.csv", bytesDone: 70, bytesTotal: 60, rows: 5)
        XCTAssertEqual(done.fraction, 1)
        XCTAssertTrue(done.bar(elapsedSeconds: 0, width: 4).hasPrefix("[####] 100%  5 rows  0 rows/s"))
        XCTAssertEqual(MatchProgress(file: "e.csv", bytesDone: 0, bytesTotal: 0, rows: 0).fraction, 1)
    }
}
