import XCTest
import LeakTraceCore
import LeakTraceCorpus

final class AddressPatternsTests: XCTestCase {
    func testStandardPatternsHoldTheRegionalWords() {
        let patterns = ReferenceData.standard.addressPatterns
        XCTAssertTrue(patterns.roadSuffixes.items.contains("路"))
        XCTAssertTrue(patterns.compoundSuffixes.items.contains("花园"))
        XCTAssertTrue(Set(patterns.buildingWords.items).isSuperset(of: ["栋", "幢", "号楼"]))
        XCTAssertTrue(patterns.townSuffixes.items.contains("镇"))
        XCTAssertEqual(patterns.villageSuffixes.items, ["村"])
        XCTAssertGreaterThan(patterns.roadStems.items.count, 50)
    }

    func testAMissingCategoryNamesTheFile() {
        let text = "category\tvalue\tweight\nroad_stem\t人民\t1\n"
        XCTAssertThrowsError(try AddressPatterns(tsv: text)) { error in
            XCTAssertTrue("\(error)".hasPrefix("address_patterns.tsv: no rows in category"), "\(error)")
        }
    }

    func testAnUnknownCategoryNamesTheLine() {
        let text = "category\tvalue\tweight\nroad_stem\t人民\t1\nmoon_base\t月\t1\n"
        XCTAssertThrowsError(try AddressPatterns(tsv: text)) { error in
            XCTAssertEqual(error as? LeakTraceError, .unreadableFile(path: "address_patterns.tsv", line: 3, reason: "unknown category 'moon_base'"))
        }
    }
}
