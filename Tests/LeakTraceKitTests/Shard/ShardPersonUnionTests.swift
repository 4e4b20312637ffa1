import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

/// Counting a list in pieces and re-counting each piece against the earlier ones must give what one
/// counter gives over the whole list, fields included.
final class ShardPersonUnionTests: XCTestCase {
    private func record(_ number: Int, _ name: String, _ phone: String, _ address: String) -> SeizedRecord {
        SeizedRecord(number: number, cells: [name, phone, address], name: name, phone: phone, address: address, seen: "")
    }

    func testPiecesRecountedInOrderGiveTheCountsOfOneRun() {
        // The same person on all three pieces, first with an address and later without; a second
        // person on pieces two and three with different fields; a duplicate within piece three.
        let pieces: [[SeizedRecord]] = [
            [record(1, "张伟", "13912345678", "北京市朝阳区建国路88号"), record(2, "李娜", "13712345670", "")],
            [record(1, "张伟", "13912345678", ""), record(2, "王芳", "13812345679", "上海市浦东新区世纪大道1号"), record(3, "", "139****5678", "")],
            [record(1, "王芳", "13812345679", ""), record(2, "王芳", "13812345679", ""), record(3, "张伟", "13912345678", ""),
             record(4, "赵磊", "13612345671", "")],
        ]
        var whole = RecordCounter()
        for row in pieces.joined() { whole.observe(row, file: "stdin", isCanary: false) }

        var union = ShardPersonUnion()
        var naive = 0
        var merged = RecordCounts()
        for piece in pieces {
            var counter = RecordCounter(keepingFirstFields: true)
            for row in piece { counter.observe(row, file: "stdin", isCanary: false) }
            naive += counter.counts.uniqueValid
            merged = ShardMerger.sum(merged, union.count(ShardPersons(counter), in: counter.counts), file: "stdin")
        }
        XCTAssertEqual(naive, 7, "summed piece by piece, Zhang Wei and Wang Fang count more than once")
        XCTAssertEqual(merged.uniqueValid, 4)
        XCTAssertEqual(merged.uniqueValid, whole.counts.uniqueValid)
        XCTAssertEqual(merged.duplicates, whole.counts.duplicates)
        XCTAssertEqual(merged.invalid, whole.counts.invalid)
        XCTAssertEqual(merged.rows, whole.counts.rows)
        XCTAssertEqual(merged.fieldCounts, whole.counts.fieldCounts)
        XCTAssertEqual(merged.fieldProfiles, whole.counts.fieldProfiles)
    }
}
