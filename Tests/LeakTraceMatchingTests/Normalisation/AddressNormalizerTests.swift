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
            ("幸福里〇号", "幸福里〇号"),
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
            ("杭州市西湖区文三路100号华星花园3栋2单元601室", .partial),
            ("杭州市西湖区文三路100号华星花园3栋**", .partial),
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
        XCTAssertEqual(AddressNormalizer.compare(seen: "徐汇区漕溪北路123弄45号601室", planted: planted), .partial)
        XCTAssertEqual(AddressNormalizer.compare(seen: "上海市徐汇区漕溪北路123弄46号601室", planted: planted), .disagree)
    }

    func testLooksLikeAddress() {
        XCTAssertTrue(AddressNormalizer.looksLikeAddress("浙江省杭州市西湖区文三路100号"))
        XCTAssertTrue(AddressNormalizer.looksLikeAddress("华星花园3栋2单元601室"))
        XCTAssertFalse(AddressNormalizer.looksLikeAddress("林晓岚"))
        XCTAssertFalse(AddressNormalizer.looksLikeAddress("手机壳 两件"))
    }
}
