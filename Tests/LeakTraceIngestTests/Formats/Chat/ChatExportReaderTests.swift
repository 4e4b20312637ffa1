import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class ChatExportReaderTests: XCTestCase {
    let p = (0..<8).map(SyntheticPeople.phone)

    var qqExport: String {
        """
        消息记录（此消息记录为文本格式，不支持重新导入）

        ================================================================
        消息分组:我的QQ群
        ================================================================
        消息对象:快递料交流
        ================================================================

        2017-03-05 21:14:07 卖料的(10001)
        新到一批面单
        \(SyntheticPeople.name(0)) \(p[1]) \(SyntheticPeople.address(0))

        2017-03-05 21:15:10 买料的<buyer@example.com>
        收件人：\(SyntheticPeople.name(1))
        电话：\(p[2])
        地址：\(SyntheticPeople.address(1))
        """
    }

    func testQQExportHeadersAndBannersAreNotRecords() throws {
        let (records, summary) = try ChatExportReader().readAll(qqExport)
        XCTAssertEqual(summary.format, "chat")
        XCTAssertEqual(records.map(\.number), [10, 11, 14])
        let line = "\(SyntheticPeople.name(0)) \(p[1]) \(SyntheticPeople.address(0))"
        XCTAssertEqual(records[1].cells, [line, SyntheticPeople.name(0), p[1], SyntheticPeople.address(0)],
                       "the whole line, then its parts")
        XCTAssertNil(records[1].phone, "unlabelled: left for the matcher to search")
        XCTAssertEqual(records[2].name, SyntheticPeople.name(1))
        XCTAssertEqual(records[2].phone, p[2])
        XCTAssertEqual(records[2].address, SyntheticPeople.address(1))
    }

    func testLabelledOCRTextInAnyOrderOnOneOrSeveralLines() throws {
        let text = """
        电话：\(p[3]) 收件人：\(SyntheticPeople.name(2))先生 地址：\(SyntheticPeople.address(2))
        地址: \(SyntheticPeople.address(3))
        姓名: \(SyntheticPeople.name(3))
        手机: \(p[4])
        收件人：\(SyntheticPeople.name(4))，电话：\(p[5])
        """
        let (records, _) = try ChatExportReader().readAll(text)
        XCTAssertEqual(records.map(\.number), [1, 2, 5])
        XCTAssertEqual(records[0].phone, p[3])
        XCTAssertEqual(records[0].name, SyntheticPeople.name(2) + "先生")
        XCTAssertEqual(records[0].address, SyntheticPeople.address(2))
        XCTAssertEqual(records[1].phone, p[4])
        XCTAssertEqual(records[1].address, SyntheticPeople.address(3))
        XCTAssertEqual(records[2].name, SyntheticPeople.name(4), "trailing punctuation is not part of the name")
        XCTAssertEqual(records[2].phone, p[5])
    }

    /// OCR drops colons and spaces out label words; waybill numbers sit between the fields.
    func testOCRLabelsWithoutColonsOrWithSpacedCharactersAndAsidesInTheBlock() throws {
        let text = """
        运单号：YT7243506087514
        收件人\(SyntheticPeople.name(0))
        电话 \(p[1])
        收 件 地 址：\(SyntheticPeople.address(0))

        电话：\(p[2])
        单号：YT6330230938814
        收 件 人：\(SyntheticPeople.name(1))
        地址 \(SyntheticPeople.address(1))
        备注：放门卫
        """
        let (records, _) = try ChatExportReader().readAll(text)
        XCTAssertEqual(records.map(\.number), [1, 2, 6], "the first waybill line opens no record: nothing is open yet")
        XCTAssertEqual(records[1].name, SyntheticPeople.name(0))
        XCTAssertEqual(records[1].phone, p[1])
        XCTAssertEqual(records[1].address, SyntheticPeople.address(0))
        XCTAssertEqual(records[2].phone, p[2])
        XCTAssertEqual(records[2].name, SyntheticPeople.name(1), "单号 between the fields does not split the record")
        XCTAssertEqual(records[2].address, SyntheticPeople.address(1))
        XCTAssertTrue(records[2].seen.contains("YT6330230938814"), "the aside is part of what was seen")
    }

    func testFieldWordsInsideTextAreNoLabels() {
        XCTAssertEqual(ChatLine("文化路电话局宿舍3栋").labels.count, 0, "电话 inside an address, no colon, no space")
        XCTAssertEqual(ChatLine("新到一批手机壳").labels.count, 0)
        XCTAssertEqual(ChatLine("\(SyntheticPeople.name(2)) 电话 \(p[3])").labels.map(\.role), [.phone], "between spaces it is one")
    }

    func testWeChatStyleSingleLineMessages() throws {
        let text = """
        2023-05-01 12:00:00 小号A: 收件人：\(SyntheticPeople.name(0)) 电话：\(p[6])
        [2023-05-01 12:01] 小号B: 好的
        """
        let (records, _) = try ChatExportReader().readAll(text)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records[0].phone, p[6])
        XCTAssertEqual(records[1].cells, ["好的"])
    }

    func testConfidenceBeatsLinesOnChatsAndLosesOnPlainLines() {
        func sample(_ text: String) -> FileSample { FileSample(path: "x.txt", head: Array(text.utf8), isWholeFile: true) }
        let plain = sample("张伟 \(p[1]) 杭州\n李娜 \(p[2]) 北京\n2026-01-02 10:00:01 备注\n")
        XCTAssertGreaterThan(ChatExportReader.confidence(for: sample(qqExport)), LineTextReader.confidence(for: sample(qqExport)))
        XCTAssertLessThan(ChatExportReader.confidence(for: plain), LineTextReader.confidence(for: plain))
        let ocr = sample("收件人：\(SyntheticPeople.name(1)) 电话：\(p[1])\n收件人：\(SyntheticPeople.name(2)) 电话：\(p[2])\n")
        XCTAssertGreaterThan(ChatExportReader.confidence(for: ocr), LineTextReader.confidence(for: ocr))
    }
}
