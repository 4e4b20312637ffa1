import XCTest
@testable import LeakTraceIngest

final class CellProfileTests: XCTestCase {
    func testPhoneTable() {
        let table: [(String, Bool)] = [
            ("13800138000", true),
            ("138 0013 8000", true),
            ("138-0013-8000", true),
            ("+86 13800138000", true),
            ("0086-138-0013-8000", true),
            ("８６１３８００１３８０００", true),        // full-width 86 prefix
            ("１３８００１３８０００", true),            // full-width digits
            ("138****8000", true),
            ("138******00", true),                   // GB/T 41833: six hidden
            ("138xxxx8000", true),
            ("17000000000转1234", true),              // virtual number with extension
            ("1380013800", false),                   // ten digits
            ("23800138000", false),                  // not a mobile
            ("*******8000", false),                  // too little visible
            ("010-62345678", false),                 // landline
            ("张伟13800138000", false),               // a phone inside text is the matcher's job
            ("", false),
        ]
        for (cell, expected) in table {
            XCTAssertEqual(CellProfile.isPhoneLike(cell), expected, cell)
        }
    }

    func testNameTable() {
        let table: [(String, Bool)] = [
            ("张伟", true), ("欧阳娜娜", true), ("张*明", true), ("张**", true), ("*明", true),
            ("王先生", true), (" 李娜 ", true),
            ("北京市", false), ("朝阳区", false), ("手机壳", false), ("张", false),
            ("张伟伟伟伟", false), ("Zhang Wei", false), ("张3", false),
        ]
        for (cell, expected) in table {
            XCTAssertEqual(CellProfile.isNameLike(cell), expected, cell)
        }
    }

    func testAddressTable() {
        XCTAssertTrue(CellProfile.isAddressLike("浙江省杭州市西湖区文三路90号"))
        XCTAssertTrue(CellProfile.isAddressLike("上海市XX路123弄45号601室"))
        XCTAssertTrue(CellProfile.isAddressLike("北京朝阳建国路88号"))
        XCTAssertFalse(CellProfile.isAddressLike("北京市"), "too short to be an address")
        XCTAssertFalse(CellProfile.isAddressLike("蓝牙耳机一副黑色"), "no address word")
        XCTAssertFalse(CellProfile.isAddressLike("13800138000"))
    }
}
