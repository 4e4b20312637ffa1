import XCTest
@testable import LeakTraceMatching

final class DivisionGazetteerTests: XCTestCase {
    let g = DivisionGazetteer.standard

    func testFullAndShortNamesFindTheirDivisions() {
        let table: [(String, [String])] = [
            ("浙江省", ["330000"]),
            ("浙江", ["330000"]),
            ("杭州", ["330100"]),
            ("南山区", ["230404", "440305"]),
            ("内蒙古", ["150000"]),
        ]
        for (name, codes) in table {
            XCTAssertEqual(g.divisions(named: name).map { g.entries[$0].code }.sorted(), codes, name)
        }
    }

    func testHierarchy() throws {
        let xihu = try XCTUnwrap(g.index(code: "330106"))
        XCTAssertTrue(g.isWithin(xihu, try XCTUnwrap(g.index(code: "330100"))))
        XCTAssertTrue(g.isWithin(xihu, try XCTUnwrap(g.index(code: "330000"))))
        XCTAssertFalse(g.isWithin(xihu, try XCTUnwrap(g.index(code: "320000"))))
        // Municipalities' districts hang on the province.
        XCTAssertEqual(g.entries[Int(g.entries[try XCTUnwrap(g.index(code: "110105"))].parent)].code, "110000")
    }

    func testNamesAtAPositionComeLongestFirst() {
        let found = g.names(in: Array("吉林市船营区".unicodeScalars), at: 0)
        XCTAssertEqual(found.map(\.length), [3, 2])   // 吉林市, then 吉林 (province and city)
    }
}
