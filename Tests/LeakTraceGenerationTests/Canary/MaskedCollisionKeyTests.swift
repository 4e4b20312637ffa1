import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class MaskedCollisionKeyTests: XCTestCase {
    private let base = PersonRecord(name: "陈志华", phone: "13957106215", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室")

    func testTheKeyShowsWhatACompliantWaybillShows() {
        XCTAssertEqual(MaskedCollisionKey.key(for: base), "陈*华|139******15|浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskedCollisionKey.key(for: PersonRecord(name: "李娜", phone: "18600001234", address: "湖南省永州市道县黄土镇红星村4组24号")),
                       "李*|186******34|湖南省永州市道县黄土镇红星村4组24号")
    }

    func testRecordsThatDifferOnlyInHiddenPartsCollide() {
        let hiddenOnly = PersonRecord(name: "陈智华", phone: "13900000015", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢1单元702室")
        XCTAssertEqual(MaskedCollisionKey.key(for: base), MaskedCollisionKey.key(for: hiddenOnly))
        for visible in [
            PersonRecord(name: "陈志民", phone: base.phone, address: base.address),
            PersonRecord(name: base.name, phone: "13957106216", address: base.address),
            PersonRecord(name: base.name, phone: base.phone, address: "浙江省杭州市西湖区文三路128号翠苑新村6幢2单元301室"),
        ] {
            XCTAssertNotEqual(MaskedCollisionKey.key(for: base), MaskedCollisionKey.key(for: visible), visible.name)
        }
    }
}
