import XCTest
@testable import LeakTraceKit

final class CSVWriterTests: XCTestCase {
    func testEscapingTable() {
        let table: [(String, String)] = [
            ("张伟", "张伟"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("line\nbreak", "\"line\nbreak\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+8613800000000", "'+8613800000000"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            // A leading tab or carriage return is skipped by some spreadsheets before they look for "=".
            ("\t=1+1", "'\t=1+1"),
            ("\r=1+1", "\"'\r=1+1\""),
            ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
            ("a=b", "a=b"),
            ("13800000000", "13800000000"),
        ]
        for (cell, expected) in table {
            XCTAssertEqual(CSVWriter.escape(cell), expected, cell)
        }
    }

    func testRowsEndWithCRLF() {
        var writer = CSVWriter(header: ["name", "phone"])
        writer.append(["甲", "1"])
        XCTAssertEqual(writer.text, "name,phone\r\n甲,1\r\n")
    }
}
