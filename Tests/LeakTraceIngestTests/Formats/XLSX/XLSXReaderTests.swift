import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class XLSXReaderTests: XCTestCase {
    let strings = ["姓名", "手机", "收货地址", SyntheticPeople.name(0), SyntheticPeople.name(1), SyntheticPeople.address(0)]

    /// Sheet 1 has a header and phones stored as numbers three ways; sheet 2 has no header and inline strings.
    func twoSheetWorkbook() throws -> [UInt8] {
        let first = XLSXFixture.sheet([
            (1, [("A", .shared(0)), ("B", .shared(1)), ("C", .shared(2))]),
            (2, [("A", .shared(3)), ("B", .number(SyntheticPeople.phone(1))), ("C", .shared(5))]),
            (3, [("A", .shared(4)), ("B", .number("1.3800000002E10")), ("C", .inline(SyntheticPeople.address(2)))]),
            (5, [("A", .inline(SyntheticPeople.name(2))), ("B", .number(SyntheticPeople.phone(3) + ".0"))]),
        ])
        let second = XLSXFixture.sheet([
            (1, [("A", .number(SyntheticPeople.phone(4))), ("B", .inline(SyntheticPeople.name(4))), ("C", .inline(SyntheticPeople.address(4)))]),
            (2, [("A", .number("1.3800000005E10")), ("B", .inline(SyntheticPeople.name(0))), ("C", .inline(SyntheticPeople.address(0)))]),
        ])
        return try XLSXFixture.workbook(sheets: [("发货单", first), ("Sheet2", second)], sharedStrings: strings)
    }

    func testEverySheetIsReadWithSharedInlineAndNumericCells() throws {
        let (records, summary) = try XLSXReader().readAll(ReaderInput(path: "list.xlsx", bytes: try twoSheetWorkbook()))
        XCTAssertEqual(summary.records, 5)
        XCTAssertEqual(summary.format, "xlsx")
        XCTAssertEqual(summary.encoding, .utf8)
        XCTAssertEqual(records.map(\.phone), [
            SyntheticPeople.phone(1), SyntheticPeople.phone(2), SyntheticPeople.phone(3), SyntheticPeople.phone(4), SyntheticPeople.phone(5),
        ], "numbers stored as numbers, in E notation and with a trailing .0, read as the exact phone")
        XCTAssertEqual(records.map(\.name), [
            SyntheticPeople.name(0), SyntheticPeople.name(1), SyntheticPeople.name(2), SyntheticPeople.name(4), SyntheticPeople.name(0),
        ])
        XCTAssertEqual(records[0].address, SyntheticPeople.address(0))
        XCTAssertEqual(records[1].address, SyntheticPeople.address(2), "inline string")
        XCTAssertNil(records[2].address, "row 5 has no address cell")
        XCTAssertEqual(records.map(\.number), [2, 3, 5, 1, 2], "rows numbered within each sheet, as Excel shows them")
        XCTAssertEqual(records[0].seen, "发货单!2: \(SyntheticPeople.name(0)) | \(SyntheticPeople.phone(1)) | \(SyntheticPeople.address(0))")
        XCTAssertTrue(records[3].seen.hasPrefix("Sheet2!1: "), records[3].seen)
    }

    func testSparseCellsKeepTheirColumns() throws {
        let sheet = XLSXFixture.sheet([
            (1, [("A", .inline("订单号")), ("C", .inline("收件人")), ("E", .inline("电话"))]),
            (2, [("A", .number("1001")), ("C", .inline(SyntheticPeople.name(1))), ("E", .number(SyntheticPeople.phone(7)))]),
        ])
        let bytes = try XLSXFixture.workbook(sheets: [("S", sheet)], sharedStrings: [])
        let (records, _) = try XLSXReader().readAll(ReaderInput(path: "s.xlsx", bytes: bytes))
        XCTAssertEqual(records.first?.cells, ["1001", "", SyntheticPeople.name(1), "", SyntheticPeople.phone(7)])
        XCTAssertEqual(records.first?.name, SyntheticPeople.name(1))
        XCTAssertEqual(records.first?.phone, SyntheticPeople.phone(7))
    }

    func testEntityDeclarationsAreRefused() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>"#
        let sheet = XLSXFixture.sheet([(1, [("A", .shared(0))])])
        let bytes = try ZipFixture.zip([
            ("xl/workbook.xml", Array(XLSXFixture.workbook(sheetNames: ["S"]).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(XLSXFixture.workbookRelationships(sheets: 1).utf8)),
            ("xl/sharedStrings.xml", Array(laughs.utf8)),
            ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
        ])
        XCTAssertThrowsError(try XLSXReader().readAll(ReaderInput(path: "laughs.xlsx", bytes: bytes))) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("laughs.xlsx: xl/sharedStrings.xml declares a DTD"), message)
            XCTAssertFalse(message.contains("\n"))
        }
    }

    func testAZipBombSheetStopsWithAClearError() throws {
        // 64 MiB of XML whitespace deflates to about 64 KB: 1000× compression, far past the 200× limit.
        let header = Array(#"<?xml version="1.0"?><worksheet><sheetData>"#.utf8)
        let bytes = try ZipFixture.bomb(name: "xl/worksheets/sheet1.xml", prefix: header, filler: 0x20, count: 64 << 20, others: [
            ("xl/workbook.xml", Array(XLSXFixture.workbook(sheetNames: ["S"]).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(XLSXFixture.workbookRelationships(sheets: 1).utf8)),
        ])
        XCTAssertLessThan(bytes.count, 200_000)
        XCTAssertThrowsError(try XLSXReader().readAll(ReaderInput(path: "bomb.xlsx", bytes: bytes))) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("bomb.xlsx: member xl/worksheets/sheet1.xml expands past"), message)
            XCTAssertTrue(message.contains("zip bomb"), message)
            XCTAssertFalse(message.contains("\n"))
        }
    }

    func testTruncatedAndEncryptedWorkbooksGetOneLineErrorsNamingThem() throws {
        let folder = try TemporaryFolder()
        let whole = try twoSheetWorkbook()
        let truncated = try folder.write(Array(whole.prefix(whole.count / 2)), to: "cut.xlsx")
        var encrypted = XLSXReader.compoundFileSignature + [UInt8](repeating: 0, count: 504)
        encrypted += XLSXReader.encryptedPackageName + [UInt8](repeating: 0, count: 64)
        let locked = try folder.write(encrypted, to: "locked.xlsx")
        var random = FixedRandomBytes(seed: 11)
        let garbage = try folder.write(random.bytes(2048), to: "garbage.xlsx")
        let cases = [(truncated, "truncated or damaged"), (locked, "password-protected"), (garbage, "no zip signature")]
        for (path, reason) in cases {
            XCTAssertThrowsError(try EvidenceIntake().read(path: path) { _ in }) { error in
                let message = String(describing: error)
                XCTAssertTrue(message.hasPrefix(path + ": "), message)
                XCTAssertTrue(message.contains(reason), message)
                XCTAssertFalse(message.contains("\n"))
            }
        }
    }

    func testIntakeReadsAWorkbookAndNamesItsFormat() throws {
        let folder = try TemporaryFolder()
        let bytes = try twoSheetWorkbook()
        let path = try folder.write(bytes, to: "renamed.dat")   // recognised by content, not by name
        var phones: [String] = []
        let (file, summary) = try EvidenceIntake().read(path: path) { phones.append($0.phone ?? "") }
        XCTAssertEqual(file.format, "xlsx")
        XCTAssertEqual(file.encoding, .utf8)
        XCTAssertEqual(file.bytes, bytes.count)
        XCTAssertEqual(summary.records, 5)
        XCTAssertEqual(phones.count, 5)
    }

    func testABrokenSheetKeepsTheRowsBeforeTheBreak() throws {
        var sheet = XLSXFixture.sheet([
            (1, [("A", .inline(SyntheticPeople.name(0))), ("B", .number(SyntheticPeople.phone(1)))]),
            (2, [("A", .inline(SyntheticPeople.name(1))), ("B", .number(SyntheticPeople.phone(2)))]),
        ])
        sheet = String(sheet.dropLast("</sheetData></worksheet>".count)) + #"<row r="3"><c r="A3" t="inlineStr"><is><t>"#
        let bytes = try XLSXFixture.workbook(sheets: [("S", sheet)], sharedStrings: [])
        let (records, summary) = try XLSXReader().readAll(ReaderInput(path: "broken.xlsx", bytes: bytes))
        XCTAssertEqual(records.map(\.phone), [SyntheticPeople.phone(1), SyntheticPeople.phone(2)])
        XCTAssertEqual(summary.skipped, ["malformed": 1])
    }

    func testColumnReferences() {
        XCTAssertEqual(SheetRowsHandler.column(ofReference: "A1"), 0)
        XCTAssertEqual(SheetRowsHandler.column(ofReference: "Z9"), 25)
        XCTAssertEqual(SheetRowsHandler.column(ofReference: "AB12"), 27)
        XCTAssertEqual(SheetRowsHandler.column(ofReference: "XFD1"), 16_383)
        XCTAssertEqual(SheetRowsHandler.column(ofReference: "ZZZZ1"), SheetRowsHandler.maxColumns, "beyond Excel's width is refused")
        XCTAssertNil(SheetRowsHandler.column(ofReference: "12"))
    }
}
