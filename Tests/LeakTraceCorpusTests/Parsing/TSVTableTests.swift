import LeakTraceCore
import XCTest
@testable import LeakTraceCorpus

final class TSVTableTests: XCTestCase {
    /// Read by bytes, or by characters when the text holds a carriage return: the same rows either way.
    func testRowsAndCellsWhicheverWayTheTextIsSplit() throws {
        let lf = "code\tname\tweight\n110000\t北京市\t1.5\n\t空\t\n330106\t西湖区\t0\n"
        let table = try TSVTable(text: lf, file: "x.tsv", columns: ["code", "name", "weight"])
        XCTAssertEqual(table.rows.map(\.cells), [["110000", "北京市", "1.5"], ["", "空", ""], ["330106", "西湖区", "0"]])
        XCTAssertEqual(table.rows.map(\.line), [2, 3, 4])
        // `\r\n` is one Character: split by "\n" it stays whole, and the header then differs.
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertThrowsError(try TSVTable(text: crlf, file: "x.tsv", columns: ["code", "name", "weight"])) { error in
            XCTAssertTrue(String(describing: error).contains("x.tsv"), String(describing: error))
        }
        let noFinalNewline = "a\tb\n1\t2"
        XCTAssertEqual(try TSVTable(text: noFinalNewline, file: "y.tsv", columns: ["a", "b"]).rows.map(\.cells), [["1", "2"]])
    }

    func testAShortRowIsRefusedWithItsLine() {
        XCTAssertThrowsError(try TSVTable(text: "a\tb\n1\t2\n3\n", file: "z.tsv", columns: ["a", "b"])) { error in
            XCTAssertEqual(error as? LeakTraceError, .unreadableFile(path: "z.tsv", line: 3, reason: "1 columns, expected 2"))
        }
    }
}
