import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class ReaderRegistryTests: XCTestCase {
    func testStandardRegistryPicksTablesAndFallsBackToText() {
        let csv = FileSample(path: "a.csv", head: Array("name,phone\n张伟,13800138000\n李娜,13900139001\n".utf8), isWholeFile: true)
        let chat = FileSample(path: "qq.txt", head: Array("2026-01-02 10:00:01 买家\n张伟 13800138000 杭州\n".utf8), isWholeFile: true)
        let binary = FileSample(path: "x.bin", head: [0, 1, 2, 3, 0, 0, 7, 8, 0xFF, 0xFE, 0, 1, 2, 3, 4, 5], isWholeFile: true)
        XCTAssertEqual(ReaderRegistry.standard.reader(for: csv)?.format, "csv")
        XCTAssertEqual(ReaderRegistry.standard.reader(for: chat)?.format, "text")
        XCTAssertNil(ReaderRegistry.standard.reader(for: binary))
    }

    /// A new format plugs in without touching the registry or the intake.
    struct MarkerReader: RecordReader {
        static let format = "marker"
        static func confidence(for sample: FileSample) -> Double { sample.decodedHead.hasPrefix("#MARK") ? 0.95 : 0 }
        init() {}
        func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
            try emit(SeizedRecord(number: 1, cells: [text.string], seen: text.string))
            return ReadSummary(records: 1)
        }
    }

    func testAddedReaderWinsWhereItIsSurest() {
        let registry = ReaderRegistry([MarkerReader.self] + ReaderRegistry.standard.readers)
        let marked = FileSample(path: "m", head: Array("#MARK,a\n1,2\n".utf8), isWholeFile: true)
        let plain = FileSample(path: "p", head: Array("a,b\n1,2\n".utf8), isWholeFile: true)
        XCTAssertEqual(registry.reader(for: marked)?.format, "marker")
        XCTAssertEqual(registry.reader(for: plain)?.format, "csv")
        XCTAssertEqual(registry.reader(named: "text")?.format, "text")
    }

    func testStandardRegistryPicksTheRightReaderForEachFormat() throws {
        let phone = SyntheticPeople.phone(1)
        let workbook = try XLSXFixture.workbook(sheets: [("S", XLSXFixture.sheet([(1, [("A", .number(phone))])]))], sharedStrings: [])
        let cases: [(name: String, bytes: [UInt8], format: String)] = [
            ("list.xlsx", workbook, "xlsx"),
            ("renamed.bin", workbook, "xlsx"),
            ("a.json", Array(#"[{"phone": "\#(phone)"}]"#.utf8), "json"),
            ("b.txt", Array((#"{"a": "\#(phone)", "b": "x"}"# + "\n" + #"{"a": "\#(phone)", "b": "y"}"# + "\n").utf8), "json"),
            ("dump.txt", Array("INSERT INTO t VALUES (1,'a','\(phone)'),(2,'b','\(phone)');\nINSERT INTO t VALUES (3,'c','\(phone)');\n".utf8), "sql"),
            ("qq.txt", Array("2017-03-05 21:14:07 某某(10001)\n\(phone)\n".utf8), "chat"),
            ("ocr.txt", Array("收件人：张伟 电话：\(phone)\n收件人：李娜 电话：\(phone)\n".utf8), "chat"),
            ("c.csv", Array("name,phone\n张伟,\(phone)\n李娜,\(phone)\n".utf8), "csv"),
            ("notes.txt", Array("张伟 \(phone) 杭州\n".utf8), "text"),
        ]
        for item in cases {
            let sample = FileSample(path: item.name, head: item.bytes, isWholeFile: true)
            XCTAssertEqual(ReaderRegistry.standard.reader(for: sample)?.format, item.format, item.name)
        }
    }
}
