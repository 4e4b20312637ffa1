import XCTest
@testable import LeakTraceIngest

final class PartInflaterTests: XCTestCase {
    /// A shared-strings part of about 3 MB: dozens of 64 KiB chunks.
    let strings = (0..<60_000).map { "浙江省杭州市西湖区文三路\($0)号" }

    func archive() throws -> (bytes: [UInt8], zip: ZipArchive, member: ZipArchive.Member, xml: [UInt8]) {
        let xml = Array(XLSXFixture.sharedStrings(strings).utf8)
        let bytes = try ZipFixture.zip([("xl/sharedStrings.xml", xml)])
        let zip = try ZipArchive(bytes: bytes, label: "s.xlsx")
        return (bytes, zip, try XCTUnwrap(zip.member(named: "xl/sharedStrings.xml")), xml)
    }

    func testAStreamedPartParsesAsTheWholePartAndSpendsItsSizeFromTheBudget() throws {
        let (bytes, zip, member, xml) = try archive()
        XCTAssertGreaterThan(xml.count, 40 * PartInflater.chunkSize)
        var budget = ExpansionBudget(limits: .standard, containerBytes: bytes.count)
        let before = budget.remaining
        let streamed = SharedStringsHandler()
        try PartInflater(bytes: bytes, label: "s.xlsx").parse(member, budget: &budget) {
            try XMLPartParser.parse($0, part: member.name, handler: streamed)
        }
        var wholeBudget = ExpansionBudget(limits: .standard, containerBytes: bytes.count)
        let whole = SharedStringsHandler()
        try XMLPartParser.parse(try zip.extract(member, budget: &wholeBudget), part: member.name, handler: whole)
        XCTAssertEqual(streamed.strings, strings)
        XCTAssertEqual(streamed.strings, whole.strings)
        XCTAssertEqual(before - budget.remaining, xml.count, "the budget is charged what was inflated")
    }

    /// Stops after the first few items, as a sheet handler does when its consumer fails.
    final class StopEarly: XMLPartHandler {
        var items = 0
        var shouldStop: Bool { items >= 3 }
        func start(_ element: String, attributes: [String: String]) { if element == "si" { items += 1 } }
        func end(_ element: String) {}
        func characters(_ text: String) {}
    }

    func testAParserThatStopsEarlyStopsTheInflatingToo() throws {
        let (bytes, _, member, xml) = try archive()
        var budget = ExpansionBudget(limits: .standard, containerBytes: bytes.count)
        let before = budget.remaining
        let handler = StopEarly()
        try PartInflater(bytes: bytes, label: "s.xlsx").parse(member, budget: &budget) {
            try XMLPartParser.parse($0, part: member.name, handler: handler)
        }
        XCTAssertEqual(handler.items, 3)
        let inflated = before - budget.remaining
        XCTAssertGreaterThan(inflated, 0)
        // The parser holds one chunk, the queue a few more: the rest of the part is never inflated.
        XCTAssertLessThan(inflated, (PartInflater.queuedChunks + 4) * PartInflater.chunkSize)
        XCTAssertLessThan(inflated, xml.count / 4)
    }

    func testAPartPastItsAllowanceIsRefusedAsAZipBomb() throws {
        let (bytes, _, member, _) = try archive()
        // A container limit smaller than the part: the allowance binds on the total.
        var budget = ExpansionBudget(limits: ExpansionLimits(maxTotalBytes: 1 << 20, maxRatio: 200), containerBytes: bytes.count)
        XCTAssertThrowsError(try PartInflater(bytes: bytes, label: "s.xlsx").parse(member, budget: &budget) {
            try XMLPartParser.parse($0, part: member.name, handler: SharedStringsHandler())
        }) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("s.xlsx: member xl/sharedStrings.xml expands past"), message)
            XCTAssertTrue(message.contains("zip bomb"), message)
        }
    }
}
