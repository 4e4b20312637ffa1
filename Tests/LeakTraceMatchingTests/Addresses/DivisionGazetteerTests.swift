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
        let found = names(in: Array("吉林市船营区".unicodeScalars), at: 0)
        XCTAssertEqual(found.map(\.length), [3, 2])   // 吉林市, then 吉林 (province and city)
    }

    func testDivisionsInsideAndChainsAreTheHierarchy() {
        var inside = [Set<Int32>](repeating: [], count: g.entries.count)
        for i in g.entries.indices {
            XCTAssertEqual(Array(g.chain(of: Int32(i))).last.map { g.entries[Int($0)].parent }, -1, "a chain ends at a province")
            for outer in g.chain(of: Int32(i)).dropFirst() { inside[Int(outer)].insert(Int32(i)) }
        }
        for i in g.entries.indices {
            let listed = g.divisions(inside: Int32(i))
            XCTAssertEqual(Set(listed), inside[i], g.entries[i].name)
            XCTAssertEqual(listed.count, inside[i].count, "each once: \(g.entries[i].name)")
            for j in listed { XCTAssertTrue(g.isWithin(Int(j), i)) }
        }
        let zhejiang = g.index(code: "330000")!
        XCTAssertGreaterThan(g.divisions(inside: Int32(zhejiang)).count, 90)
        XCTAssertTrue(g.divisions(inside: Int32(g.index(code: "330106")!)).isEmpty, "西湖区 holds nothing in the gazetteer")
    }

    func testLengthsLookedForAreTheNamesLengths() {
        // Names cut by the end of the text are not found; whole ones are, at every length.
        XCTAssertEqual(names(in: Array("吉林".unicodeScalars), at: 0).map(\.length), [2])
        XCTAssertTrue(names(in: Array("吉".unicodeScalars), at: 0).isEmpty)
        XCTAssertEqual(names(in: Array("新疆维吾尔自治区".unicodeScalars), at: 0).first?.length, 8)
        XCTAssertGreaterThanOrEqual(g.longestName, 8)
    }

    /// Every name `forEachName` offers at a position, in its order.
    private func names(in scalars: [Unicode.Scalar], at position: Int) -> [(length: Int, divisions: [(division: Int32, full: Bool)])] {
        var found: [(length: Int, divisions: [(division: Int32, full: Bool)])] = []
        g.forEachName(in: scalars, at: position) { length, divisions in
            found.append((length, divisions))
            return false
        }
        return found
    }
}
