import Foundation
import XCTest
@testable import LeakTraceCore

final class EvidenceItemTests: XCTestCase {
    static let older = #"""
        {"path":"seized/a.csv","sha256":"aa","md5":"bb","sm3":"cc","bytes":10,"records":2,"encoding":"utf-8",
         "format":"csv","skipped":{"too-long":1},"examiner":"测试员","intake_at":"2026-06-01T01:00:00Z"}
        """#

    func testJSONWrittenBeforeSkippedLinesStillDecodes() throws {
        let item = try JSONCoding.decoder().decode(EvidenceItem.self, from: Data(Self.older.utf8))
        XCTAssertEqual(item.skipped, ["too-long": 1])
        XCTAssertNil(item.skippedLines)
    }

    func testSkippedLinesRoundTripUnderTheirSnakeCaseKey() throws {
        var item = try JSONCoding.decoder().decode(EvidenceItem.self, from: Data(Self.older.utf8))
        item.skippedLines = ["too-long": [7]]
        let data = try JSONCoding.encoder().encode(item)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["skipped_lines"] as? [String: [Int]], ["too-long": [7]])
        XCTAssertEqual(try JSONCoding.decoder().decode(EvidenceItem.self, from: data), item)
    }
}
