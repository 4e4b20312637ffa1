import XCTest
@testable import LeakTraceKit

final class WaybillMaskTests: XCTestCase {
    func testNameHidesTheSecondCharacter() {
        XCTAssertEqual(WaybillMask.name("张伟明"), "张*明")
        XCTAssertEqual(WaybillMask.name("李娜"), "李*")
        XCTAssertEqual(WaybillMask.name("王"), "王")
    }

    func testPhoneMasks() {
        XCTAssertEqual(WaybillMask.phone("13812345678"), "138******78")
        XCTAssertEqual(WaybillMask.phoneLegacy("13812345678"), "138****5678")
        XCTAssertEqual(WaybillMask.phone("12345"), "12345")
    }

    func testAddressLosesUnitAndRoom() {
        XCTAssertEqual(WaybillMask.address("浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室"), "浙江省杭州市西湖区文三路128号翠苑新村5幢**")
        XCTAssertEqual(WaybillMask.address("上海市浦东新区张杨路123弄45号601室"), "上海市浦东新区张杨路123弄45号**")
        XCTAssertEqual(WaybillMask.address("某省某县某镇某村3组12号"), "某省某县某镇某村3组12号")
    }

    func testReformattedPhonesKeepTheDigits() {
        let styles = (0..<4).map { WaybillMask.reformatted("13812345678", style: $0) }
        XCTAssertEqual(styles, ["+86 138 1234 5678", "138-1234-5678", "１３８１２３４５６７８", "008613812345678"])
    }
}
