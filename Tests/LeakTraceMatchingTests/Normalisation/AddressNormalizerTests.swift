import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class AddressNormalizerTests: XCTestCase {
    func testNormalisedForm() {
        let table: [(String, String)] = [
            ("浙江省 杭州市（西湖区）文三路１００号", "浙江省杭州市西湖区文三路100号"),
            ("华星花园a栋", "华星花园A栋"),
            ("华星花园３栋２单元６０１室", "华星花园3栋2单元601室"),
            ("华星花园＊＊", "华星花园**"),
            ("华星花园3栋，2单元。601室", "华星花园3栋2单元601室"),
            ("\u{2F2D}东路", "山东路"),                 // a Kangxi radical from OCR, by NFKC
            ("幸福里〇号", "幸福里0号"),                 // a numeral before 号 is a number
            ("華星花園三棟二單元六〇一室", "华星花园3栋2单元601室"),
            ("华星花园3#楼2-301", "华星花园3#楼2-301"),   // # and - survive: they carry the building and unit
            ("科技二路五里镇十字街", "科技二路五里镇十字街"),   // numerals in names stay
        ]
        for (input, expected) in table {
            XCTAssertEqual(AddressNormalizer.normalize(input), expected, "input: \(input)")
        }
    }

    func testComparisonLevels() {
        let planted = "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室"
        let table: [(String, FieldAgreement)] = [
            (planted, .exact),
            ("浙江省 杭州市 西湖区 文三路100号 华星花园 3栋 2单元 601室", .exact),
            ("浙江省杭州市西湖区文三路１００号华星花园３栋２单元６０１", .exact),
            ("收货地址：浙江省杭州市西湖区文三路100号华星花园3栋2单元601室（放门卫）", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3栋**", .masked),
            ("浙江省杭州市西湖区文三路100号华星花园3栋", .masked),
            ("浙江省杭州市西湖区文三路100号华星花园3栋2单元***", .masked),
            ("浙江省杭州市西湖区**路100号华星花园3栋2单元601室", .masked),
            ("浙江省杭州市西湖区文三路100号华星花园", .partial),
            ("杭州市西湖区文三路100号华星花园3栋2单元601室", .exact),     // the city implies the province
            ("杭州市西湖区文三路100号华星花园3栋**", .masked),            // GB/T mask without province
            ("杭州西湖区文三路100号华星花园3栋", .masked),
            ("浙江杭州西湖文三路100号华星花园三栋二单元六〇一室", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3-2-601", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3#楼2单元601", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3座2-601", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3栋*单元***室", .masked),
            ("浙江省杭州市西湖区文三路100号华星花园3栋2单元6**室", .masked),
            ("浙江省杭州市西湖区文三路100号华星花园3栋601室", .masked),   // the unit left out
            ("浙江省杭州市西湖区西溪街道文三路100号华星花园3栋2单元601室", .exact),
            ("浙江省杭州市西湖区文三路100号华星花园3栋2单元60", .partial),  // cut off in the room
            ("浙江省杭州市西湖区文三路100号华星花", .partial),
            ("浙江省杭州市西湖区文三路1", .partial),                       // the road alone: a stretch of it
            ("文三路100号华星花园3栋2单元601室", .partial),               // no division named
            ("浙江省杭州市西湖区文三路100号华星花园3-2-602", .disagree),
            ("浙江省杭州市西湖区文三路100号华星花园4#楼", .disagree),
            ("浙江省宁波市西湖区文三路100号华星花园3栋", .disagree),
            ("浙江省杭州市西湖区文三路100号", .partial),
            ("浙江省杭州市", .missing),
            ("", .missing),
            ("***", .missing),
            ("浙江省杭州市拱墅区湖墅南路8号", .disagree),
            ("浙江省杭州市西湖区文三路100号华星花园3栋2单元602室", .disagree),
            ("浙江省杭州市西湖区文三路100号华星花园5栋2单元601室", .disagree),
            ("北京市朝阳区建国路88号", .disagree),
        ]
        for (seen, expected) in table {
            XCTAssertEqual(AddressNormalizer.compare(seen: seen, planted: planted), expected, "seen: \(seen)")
        }
    }

    func testShanghaiLaneAddress() {
        let planted = "上海市徐汇区漕溪北路123弄45号601室"
        XCTAssertEqual(AddressNormalizer.compare(seen: "上海市徐汇区漕溪北路123弄45号", planted: planted), .masked)
        XCTAssertEqual(AddressNormalizer.compare(seen: "徐汇区漕溪北路123弄45号601室", planted: planted), .exact)
        XCTAssertEqual(AddressNormalizer.compare(seen: "上海徐汇漕溪北路123弄45号**", planted: planted), .masked)
        XCTAssertEqual(AddressNormalizer.compare(seen: "上海市徐汇区漕溪北路123弄46号601室", planted: planted), .disagree)
    }

    func testLooksLikeAddress() {
        XCTAssertTrue(AddressNormalizer.looksLikeAddress("浙江省杭州市西湖区文三路100号"))
        XCTAssertTrue(AddressNormalizer.looksLikeAddress("华星花园3栋2单元601室"))
        XCTAssertFalse(AddressNormalizer.looksLikeAddress("林晓岚"))
        XCTAssertFalse(AddressNormalizer.looksLikeAddress("手机壳 两件"))
    }
}
