import XCTest
@testable import LeakTraceMatching

final class PhoneNormalizerFreeTextTests: XCTestCase {
    func testNumbersInsideFreeText() {
        let table: [(String, [String])] = [
            ("张三 电话：138 1234 5678 地址：浙江省杭州市西湖区文三路100号", ["13812345678"]),
            ("收件人：张*明，手机：138****5678，地址：华星花园3栋**", ["138****5678"]),
            ("13812345678，13900001111", ["13812345678", "13900001111"]),
            ("138 1234 5678 139 0000 1111", ["13812345678", "13900001111"]),
            ("号码：＋８６　１３８－１２３４－５６７８。", ["13812345678"]),
            ("虚拟号 17012345678转1234 请联系", ["17012345678转1234"]),
            ("联系 17012345678-1234 或 13812345678", ["17012345678转1234", "13812345678"]),
            ("[2023-01-05 12:30:45] 小王(10001): 发一下 13812345678", ["13812345678"]),
            ("2023-01-05 12:30:45 收到", []),
            ("订单号 202301051381234567890 已发货", []),                // a phone inside a longer digit run is not one
            ("3#楼 2单元 601室", []),
            ("1**********", []),                                       // too little visible in free text
            ("电话13812345678地址", ["13812345678"]),
        ]
        for (text, expected) in table {
            XCTAssertEqual(PhoneNormalizer.observations(inText: text).map(\.description), expected, "text: \(text)")
        }
    }
}
