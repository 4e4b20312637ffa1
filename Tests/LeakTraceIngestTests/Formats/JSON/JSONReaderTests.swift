import XCTest
import LeakTraceCore
@testable import LeakTraceIngest

final class JSONReaderTests: XCTestCase {
    let p = (0..<6).map(SyntheticPeople.phone)

    func testArrayOfNestedObjectsFindsFieldsAtAnyDepthAndPrefersTheReceiver() throws {
        let json = """
        [
          {"order": "A1", "sender": {"name": "\(SyntheticPeople.name(3))", "phone": "\(p[0])"},
           "receiver": {"name": "\(SyntheticPeople.name(0))", "mobile": \(p[1]), "address": {"province": "浙江省", "city": "杭州市", "detail": "西湖区文三路90号"}}},
          {"收件人": {"姓名": "\(SyntheticPeople.name(1))", "电话": 1.3800000002E10}, "收货地址": "\(SyntheticPeople.address(1))"}
        ]
        """
        let (records, summary) = try JSONReader().readAll(json)
        XCTAssertEqual(summary.format, "json")
        XCTAssertEqual(summary.records, 2)
        XCTAssertEqual(records[0].name, SyntheticPeople.name(0), "the receiver, not the sender")
        XCTAssertEqual(records[0].phone, p[1], "a number keeps every digit")
        XCTAssertEqual(records[0].address, "浙江省杭州市西湖区文三路90号", "address parts joined in file order")
        XCTAssertEqual(records[0].cells.first, "A1")
        XCTAssertEqual(records[1].name, SyntheticPeople.name(1))
        XCTAssertEqual(records[1].phone, p[2])
        XCTAssertEqual(records[1].address, SyntheticPeople.address(1))
        XCTAssertEqual(records.map(\.number), [1, 2])
        XCTAssertTrue(records[1].seen.hasPrefix("{\"收件人\""), records[1].seen)
    }

    func testJSONLinesCountsAndSkipsBadLines() throws {
        let lines = [
            #"{"name": "\#(SyntheticPeople.name(0))", "phone": "\#(p[3])"}"#,
            #"{"name": "broken", "phone": "#,
            "",
            #"{"consignee": "\#(SyntheticPeople.name(2))", "tel": \#(p[4]).0, "addr": "\#(SyntheticPeople.address(2))"}"#,
        ]
        let (records, summary) = try JSONReader().readAll(lines.joined(separator: "\n"))
        XCTAssertEqual(summary.format, "jsonl")
        XCTAssertEqual(records.map(\.phone), [p[3], p[4]])
        XCTAssertEqual(records.map(\.number), [1, 4], "numbered by line")
        XCTAssertEqual(records[1].address, SyntheticPeople.address(2))
        XCTAssertEqual(summary.skipped, ["malformed": 1])
        XCTAssertEqual(summary.skippedSamples["malformed"], [2])
    }

    func testATruncatedArrayKeepsItsCompleteObjects() throws {
        let json = #"[{"phone": "\#(p[1])"}, {"phone": "\#(p[2])"}, {"phone": "1380"#
        let (records, summary) = try JSONReader().readAll(json)
        XCTAssertEqual(records.map(\.phone), [p[1], p[2]])
        XCTAssertEqual(summary.skipped, ["malformed": 1])
    }

    func testAnObjectWrappingAListAndEscapes() throws {
        let json = #"{"total": 2, "data": [{"name": "\u5f20\u4f1f", "phone": "\#(p[5])"}, {"name": "a\"b", "phone": null}]}"#
        let (records, _) = try JSONReader().readAll(json)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records[0].name, "张伟")
        XCTAssertEqual(records[1].cells, ["a\"b"])
    }

    func testDeepNestingIsAnErrorNotACrash() throws {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (records, summary) = try JSONReader().readAll(json)
        XCTAssertTrue(records.isEmpty)
        XCTAssertEqual(summary.skipped, ["malformed": 1])
    }

    func testParserKeepsMemberOrderAndRawNumbers() throws {
        var text = #"{"b": 1.3800000001E10, "a": [true, null, "x"]}"#
        let value = try text.withUTF8 { bytes in
            var parser = JSONParser(bytes)
            return try parser.parseValue()
        }
        XCTAssertEqual(value, .object([("b", .number("1.3800000001E10")), ("a", .array([.bool(true), .null, .string("x")]))]))
    }
}
