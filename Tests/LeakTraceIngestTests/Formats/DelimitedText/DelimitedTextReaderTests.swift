import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class DelimitedTextReaderTests: XCTestCase {
    let reader = DelimitedTextReader()

    func testHeaderIsNotCountedAndFieldsComeFromItsWords() throws {
        let (records, summary) = try reader.readAll("""
            收件人,手机号,收货地址
            张伟,13800138000,浙江省杭州市西湖区文三路90号
            李娜,13900139001,广东省深圳市南山区科技园路1号

            """)
        XCTAssertEqual(summary.records, 2)
        XCTAssertEqual(summary.format, "csv")
        XCTAssertEqual(records.map(\.number), [1, 2])
        XCTAssertEqual(records[1].name, "李娜")
        XCTAssertEqual(records[1].phone, "13900139001")
        XCTAssertEqual(records[1].address, "广东省深圳市南山区科技园路1号")
        XCTAssertEqual(records[0].seen, "张伟,13800138000,浙江省杭州市西湖区文三路90号")
        XCTAssertEqual(records[0].cells, ["张伟", "13800138000", "浙江省杭州市西湖区文三路90号"])
    }

    func testColumnsInOddOrderWithExtraColumnsFollowTheHeader() throws {
        let (records, _) = try reader.readAll("""
            order_id,Address,amount,Mobile Phone,Recipient Name,created
            A1001,江苏省南京市鼓楼区中山路18号,59.90,138-0013-8000,王芳,2026-01-02
            """)
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records[0].name, "王芳")
        XCTAssertEqual(records[0].phone, "138-0013-8000")
        XCTAssertEqual(records[0].address, "江苏省南京市鼓楼区中山路18号")
        XCTAssertEqual(records[0].cells.count, 6)
    }

    func testHeaderlessColumnsAreFoundFromTheirContent() throws {
        let (records, summary) = try reader.readAll("""
            A1001,四川省成都市武侯区人民南路4段12号,13800138000,刘洋,2
            A1002,湖北省武汉市洪山区珞喻路129号,139****9001,陈*,1
            A1003,陕西省西安市雁塔区长安南路88号,+86 137 0013 7002,杨静,3

            """)
        XCTAssertEqual(summary.records, 3)
        XCTAssertEqual(records.map(\.number), [1, 2, 3], "with no header the first line is record 1")
        XCTAssertEqual(records[0].name, "刘洋")
        XCTAssertEqual(records[1].phone, "139****9001")
        XCTAssertEqual(records[2].phone, "+86 137 0013 7002")
        XCTAssertEqual(records[2].address, "陕西省西安市雁塔区长安南路88号")
    }

    func testHeaderMissingARoleIsCompletedFromContent() throws {
        // "客户" is no name word; the column is still recognised from the names in it.
        let (records, _) = try reader.readAll("客户,电话\n周杰,13800138000\n吴敏,13900139001\n")
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records[0].phone, "13800138000")
        XCTAssertEqual(records[1].name, "吴敏")
    }

    func testQuotedFieldsWithDelimitersNewlinesAndDoubledQuotes() throws {
        let text = "name,phone,address,note\r\n"
            + "\"赵磊\",\"13800138000\",\"上海市浦东新区, 世纪大道100号\",\"说\"\"放门口\"\"\"\r\n"
            + "孙丽,13900139001,\"北京市海淀区\n中关村大街1号\",\n"
            + "钱进,13700137002,\"\",\"\"\n"
        let (records, summary) = try reader.readAll(text)
        XCTAssertEqual(summary.records, 3)
        XCTAssertEqual(summary.totalSkipped, 0)
        XCTAssertEqual(records[0].address, "上海市浦东新区, 世纪大道100号")
        XCTAssertEqual(records[0].cells[3], "说\"放门口\"")
        XCTAssertEqual(records[1].address, "北京市海淀区\n中关村大街1号")
        XCTAssertEqual(records[1].seen, "孙丽,13900139001,\"北京市海淀区\n中关村大街1号\",")
        XCTAssertNil(records[2].address, "an empty quoted cell leaves the field unset")
        XCTAssertEqual(records[2].number, 3)
    }

    func testTabAndPipeAndSemicolonDelimiters() throws {
        let tsv = try reader.readAll("姓名\t电话\t地址\n张伟\t13800138000\t浙江省杭州市西湖区文三路90号, 3楼\n")
        XCTAssertEqual(tsv.summary.format, "tsv")
        XCTAssertEqual(tsv.records[0].address, "浙江省杭州市西湖区文三路90号, 3楼", "a comma inside a TSV cell stays in it")

        let pipe = try reader.readAll("张伟|13800138000|浙江省杭州市西湖区文三路90号\n李娜|13900139001|广东省深圳市南山区科技园路1号\n")
        XCTAssertEqual(pipe.summary.format, "pipe-separated")
        XCTAssertEqual(pipe.records[1].phone, "13900139001")
        XCTAssertEqual(pipe.records[1].name, "李娜")

        let semicolon = try reader.readAll("name;phone\n张伟;13800138000\n")
        XCTAssertEqual(semicolon.summary.format, "semicolon-separated")
        XCTAssertEqual(semicolon.records[0].phone, "13800138000")
    }

    func testUnterminatedQuoteCostsOnlyItsLine() throws {
        let text = """
            姓名,电话,地址
            张伟,13800138000,浙江省杭州市西湖区文三路90号
            李娜,"13900139001,广东省深圳市南山区科技园路1号
            王芳,13700137002,江苏省南京市鼓楼区中山路18号
            刘洋,13600136003,四川省成都市武侯区人民南路12号

            """
        let (records, summary) = try reader.readAll(text)
        XCTAssertEqual(summary.skipped, ["broken-quoting": 1])
        XCTAssertEqual(summary.skippedSamples["broken-quoting"], [3])
        XCTAssertEqual(records.map(\.name), ["张伟", "王芳", "刘洋"])
        XCTAssertEqual(records.map(\.number), [1, 2, 3])
    }

    func testQuoteSpanningTooManyLinesIsBrokenAndReadingResumes() throws {
        let reader = DelimitedTextReader(maxRecordBytes: 1 << 20, maxRecordLines: 3)
        var text = "name,phone\n\"张伟,13800138000\n"
        for i in 0..<10 { text += "李娜\(i),1390013900\(i)\n" }
        text += "\"\n"   // a closing quote far away would swallow the rows between
        let (records, summary) = try reader.readAll(text)
        XCTAssertEqual(summary.skipped["broken-quoting"], 2, "the opening line and the stray closing quote")
        XCTAssertEqual(records.count, 10)
        XCTAssertEqual(records.first?.phone, "13900139000")
    }

    func testOverlongRecordIsSkippedAndTheRestRead() throws {
        let reader = DelimitedTextReader(maxRecordBytes: 1000, maxRecordLines: 64)
        let text = "name,phone\n张伟,13800138000\n" + String(repeating: "x", count: 5000) + ",1\n李娜,13900139001\n"
        let (records, summary) = try reader.readAll(text)
        XCTAssertEqual(summary.skipped, ["too-long": 1])
        XCTAssertEqual(summary.skippedSamples["too-long"], [3])
        XCTAssertEqual(records.map(\.phone), ["13800138000", "13900139001"])
    }

    func testCRLFAndMissingFinalNewlineAndBlankLines() throws {
        let (records, _) = try reader.readAll("name,phone\r\n\r\n张伟,13800138000\r\n,\r\n李娜,13900139001")
        XCTAssertEqual(records.map(\.phone), ["13800138000", "13900139001"])
        XCTAssertEqual(records[0].seen, "张伟,13800138000")
        XCTAssertEqual(records[1].number, 2)
    }

    func testEmptyTextGivesNoRecords() throws {
        let (records, summary) = try reader.readAll("")
        XCTAssertTrue(records.isEmpty)
        XCTAssertEqual(summary.records, 0)
    }

    func testConfidenceIsHighForTablesAndZeroForProse() {
        let table = FileSample(path: "x.csv", head: Array("a,b,c\n1,2,3\n4,5,6\n".utf8), isWholeFile: true)
        let prose = FileSample(path: "x.txt", head: Array("今天天气很好\n明天, 也许下雨\n后天晴\n".utf8), isWholeFile: true)
        XCTAssertGreaterThan(DelimitedTextReader.confidence(for: table), 0.8)
        XCTAssertEqual(DelimitedTextReader.confidence(for: prose), 0)
    }

    func testReadingIsDeterministic() throws {
        let text = "A1,13800138000,张伟\nA2,13900139001,李娜\n"
        let first = try reader.readAll(text)
        let second = try reader.readAll(text)
        XCTAssertEqual(first.records, second.records)
        XCTAssertEqual(first.summary, second.summary)
    }
}
