import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceMatching

/// Planted addresses and masked rows are blocked by the divisions read from their leading names
/// without a full parse, and a parse takes a chain of full names whole; that must always be what
/// reading every name says.
final class AddressParserRegionsTests: XCTestCase {
    /// Against the parse that reads every name (`parse(normalized:)`): `parse(_:)` itself takes a
    /// chain at the start whole, and must give the same address, parts and all.
    private func assertSameAsParse(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let reference = AddressParser.parse(normalized: AddressNormalizer.normalizedScalars(text))
        XCTAssertEqual(AddressParser.parse(text), reference, "parsed: \(text)", file: file, line: line)
        let parsed = reference.regions
        XCTAssertEqual(AddressParser.regions(of: text), parsed, text, file: file, line: line)
        if let leading = AddressParser.leadingRegions(text) {
            XCTAssertEqual(leading, parsed, "read from the leading names: \(text)", file: file, line: line)
        }
        if let chained = DivisionChains.standard.regions(startingWith: text) {
            XCTAssertEqual(chained, parsed, "looked up as a chain: \(text)", file: file, line: line)
        }
    }

    func testGeneratedAndWaybillMaskedAddressesReadAsTheParserReadsThem() {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0x5EED_0008)
        var fast = 0, chained = 0, total = 0
        for _ in 0..<4_000 {
            let address = generator.addresses.generate(using: &rng)
            for text in [address.text, address.textWithoutUnitAndRoom + "**"] {
                assertSameAsParse(text)
                total += 1
                if AddressParser.leadingRegions(text) != nil { fast += 1 }
                if DivisionChains.standard.regions(startingWith: text) != nil { chained += 1 }
            }
        }
        XCTAssertGreaterThan(fast, total * 8 / 10, "generated addresses start with their divisions: the direct reading must be what serves them")
        XCTAssertGreaterThan(chained, total * 8 / 10, "generated addresses start with a chain of full names")
    }

    /// Every division of the gazetteer, written alone, after the divisions enclosing it, and
    /// followed by text that tempts the parser: a road, a numbered unit, a mask, a space.
    func testEveryDivisionInEveryChainAgreesWithTheParse() {
        let g = DivisionGazetteer.standard
        let tails = ["", "人民路5号", "三单元二〇一室", "**", " 8号", "路1号", "门峡路", "十字街3号", "中山路"]
        var fast = 0
        for (i, entry) in g.entries.enumerated() {
            let chain = g.chain(of: Int32(i)).reversed().map { g.entries[Int($0)].name }.joined()
            for head in Set([entry.name, chain]) {
                for tail in tails {
                    assertSameAsParse(head + tail)
                    if AddressParser.leadingRegions(head + tail) != nil { fast += 1 }
                }
            }
        }
        XCTAssertGreaterThan(fast, g.entries.count * 4, "most chains must be read directly, or this proves little")
    }

    func testTextTheNormaliserChangesGoesThroughTheParse() {
        let texts = [
            "地址：浙江省杭州市西湖区文三路100号", "地址浙江省杭州市", " 浙江省杭州市", "浙江省 杭州市 西湖区", "浙江省杭州市西湖区",
            "浙江杭州西湖区", "杭州市西湖区", "海南区新华路1号", "吉林市船营区", "内蒙古自治区呼和浩特市", "內蒙古自治區呼和浩特市",
            "河南省三门峡市湖滨区", "河南省三门峡市", "浙江省台州市三门县", "湖北省十堰市茅箭区", "贵州省六盘水市", "浙江省杭州市西湖区ABC大厦",
            "浙江省杭州市西湖区abc大厦", "广东省深圳市南山区科技路１号", "浙江省杭州市西湖区文三路100号?", "南山区科技路1号", "人民路5号",
            "收货人张三13800138000浙江省杭州市西湖区文三路100号", "浙江省杭州市西湖区", "浙江省杭州市西湖区\u{301}", "", "浙", "省",
            "浙江省杭州市西湖区文三路100号华星花园三栋二单元六〇一室", "北京市朝阳区建国路88号", "北京朝阳建国路88号", "上海市徐汇区漕溪北路123弄45号",
        ]
        for text in texts { assertSameAsParse(text) }
        XCTAssertNil(AddressParser.leadingRegions("浙江省 杭州市"), "a space is dropped by the normaliser")
        XCTAssertNil(AddressParser.leadingRegions("河南省三门峡市湖滨区"), "a numeral may be rewritten")
        XCTAssertNil(AddressParser.leadingRegions("地址：浙江省杭州市"), "a label is the parser's to strip")
        XCTAssertNil(DivisionChains.standard.regions(startingWith: "浙江省 杭州市西湖区"), "a space ends the chain")
        XCTAssertNil(DivisionChains.standard.regions(startingWith: "浙江杭州西湖区"), "short names are read one by one")
        XCTAssertNil(DivisionChains.standard.regions(startingWith: "浙江省"), "a province alone leaves the next name to what follows")
        XCTAssertNotNil(DivisionChains.standard.regions(startingWith: "浙江省杭州市西湖区"))
        XCTAssertNotNil(AddressParser.leadingRegions("浙江省杭州市西湖区文三路100号"))
    }

    /// What is called kept must be kept by the normaliser, alone and between Han characters.
    func testScalarsCalledKeptAreKeptByTheNormaliser() {
        var kept = 0
        for value in Array(0x20...0x7E) + Array(0x3400...0x9FFF) {
            guard let s = Unicode.Scalar(value), AddressParser.isKeptAsWritten(s) else { continue }
            kept += 1
            XCTAssertEqual(AddressNormalizer.normalizedScalars("浙" + String(s) + "路"), ["浙", s, "路"], "U+\(String(value, radix: 16))")
        }
        XCTAssertGreaterThan(kept, 20_000)
        XCTAssertFalse(AddressParser.isKeptAsWritten("區"), "traditional characters fold")
        XCTAssertFalse(AddressParser.isKeptAsWritten("三"), "numerals may be rewritten")
        XCTAssertFalse(AddressParser.isKeptAsWritten("a"), "letters are upper-cased")
    }
}
