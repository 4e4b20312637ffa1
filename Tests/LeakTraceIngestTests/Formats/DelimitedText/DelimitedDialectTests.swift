import XCTest
@testable import LeakTraceIngest

final class DelimitedDialectTests: XCTestCase {
    func testPicksTheDelimiterThatSplitsConsistently() {
        XCTAssertEqual(DelimitedDialect.detect(in: "a,b,c\n1,2,3\n")?.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(DelimitedDialect.detect(in: "a\tb\tc\n1\t2\t3\n")?.delimiter, UInt8(ascii: "\t"))
        XCTAssertEqual(DelimitedDialect.detect(in: "a|b\n1|2\n")?.delimiter, UInt8(ascii: "|"))
        XCTAssertEqual(DelimitedDialect.detect(in: "a;b\n1;2\n")?.delimiter, UInt8(ascii: ";"))
    }

    func testCommasInsideTabSeparatedCellsDoNotWin() {
        let dialect = DelimitedDialect.detect(in: "张伟\t138\t杭州, 西湖\n李娜\t139\t深圳, 南山\n")
        XCTAssertEqual(dialect?.format, "tsv")
        XCTAssertEqual(dialect?.columns, 3)
    }

    func testQuotedDelimitersAreNotCounted() {
        let dialect = DelimitedDialect.detect(in: "\"a;b\",c\n\"d;e\",f\n")
        XCTAssertEqual(dialect?.delimiter, UInt8(ascii: ","))
        XCTAssertEqual(dialect?.consistency, 1)
    }

    func testInconsistentTextIsNoTable() {
        XCTAssertNil(DelimitedDialect.detect(in: "one\ntwo, three\nfour\nfive\n"))
        XCTAssertNil(DelimitedDialect.detect(in: ""))
    }

    func testACutLastRecordIsIgnoredWhenTheSampleIsPartial() {
        let dialect = DelimitedDialect.detect(in: "a,b\n1,2\n3,4\n5", isWhole: false)
        XCTAssertEqual(dialect?.consistency, 1)
        XCTAssertEqual(dialect?.sampledRecords, 3)
    }
}
