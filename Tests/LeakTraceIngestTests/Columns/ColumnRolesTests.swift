import XCTest
@testable import LeakTraceIngest

final class ColumnRolesTests: XCTestCase {
    func testAHeaderRowIsRecognisedByItsWords() {
        XCTAssertEqual(ColumnRoles.header(["订单号", "收件人", "手机", "收货地址"]), ColumnRoles(name: 1, phone: 2, address: 3))
        XCTAssertNil(ColumnRoles.header(["订单号", "金额"]), "no field word: not a header")
        XCTAssertNil(ColumnRoles.header(["姓名", "13800138000"]), "a row with a phone in it is data")
    }

    func testTheFirstColumnNamingARoleKeepsIt() {
        XCTAssertEqual(ColumnRoles.header(["手机", "备用手机"])?.phone, 0)
    }

    func testContentFillsWhatTheHeaderLeavesOpen() {
        let rows = [["周杰", "13800138000", "成都市武侯区人民南路12号"], ["吴敏", "13900139001", "武汉市洪山区珞喻路129号"]]
        XCTAssertEqual(ColumnRoles.detect(header: ["客户", "电话", "送至"], rows: rows), ColumnRoles(name: 0, phone: 1, address: 2))
        XCTAssertEqual(ColumnRoles.detect(header: nil, rows: rows), ColumnRoles(name: 0, phone: 1, address: 2))
    }

    func testAColumnBelowTheThresholdIsNotTaken() {
        let rows = [["13800138000", "x"], ["n/a", "y"], ["unknown", "z"]]
        XCTAssertNil(ColumnRoles.detect(header: nil, rows: rows).phone)
    }

    func testRecordTakesFieldsFromTheColumnsAndLeavesEmptyOnesUnset() {
        let record = ColumnRoles(name: 2, phone: 0, address: 5).record(number: 7, cells: ["138", "", "张伟"], seen: "138,,张伟")
        XCTAssertEqual(record.number, 7)
        XCTAssertEqual(record.phone, "138")
        XCTAssertEqual(record.name, "张伟")
        XCTAssertNil(record.address, "column 5 does not exist in this row")
        XCTAssertEqual(record.seen, "138,,张伟")
    }
}
