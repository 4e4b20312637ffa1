import XCTest
@testable import LeakTraceKit

final class OrderContentTests: XCTestCase {
    func testTableOfCells() {
        let id = SyntheticIDNumber.make(region: 55_555, birth: "19920704", sequence: 301)
        let cases: [(String, Bool)] = [
            ("订单号：4018273645", true),            // an order word
            ("商品：充电宝", true),
            ("¥59.90", true),                       // amounts
            ("￥128", true),
            ("合计 36.5元", true),
            ("充电宝×2", true),                     // a quantity
            ("SF1234567890123", true),              // a waybill number
            ("2026041012345678901", true),          // a 19-digit platform order number
            ("北京市朝阳区建国路88号3单元502", false),
            ("3号楼2单元", false),
            ("张伟", false),
            ("13800138000", false),                 // eleven digits: a phone, not an order number
            ("010-12345678", false),
            ("2026-04-10 12:30:45", false),
            ("备注：放门口", false),
            ("¥", false),
            ("", false),
            (id, false),                            // a valid ID number is not an order number
        ]
        for (cell, expected) in cases {
            XCTAssertEqual(OrderContent.matches(Array(cell.utf8)), expected, cell)
        }
    }
}
