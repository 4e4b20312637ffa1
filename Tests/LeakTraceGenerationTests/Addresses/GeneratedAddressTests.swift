import XCTest
import LeakTraceGeneration

final class GeneratedAddressTests: XCTestCase {
    func testTextJoinsThePartsInCourierOrderAndSkipsMissingOnes() {
        let address = GeneratedAddress(
            province: "浙江省", city: "杭州市", district: "西湖区", divisionCode: "330106", street: "文三路", number: "128号",
            compound: "翠苑新村", building: "5幢", unit: "2单元", room: "301室")
        XCTAssertEqual(address.text, "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室")
        XCTAssertEqual(address.textWithoutUnitAndRoom, "浙江省杭州市西湖区文三路128号翠苑新村5幢")
        let lane = GeneratedAddress(
            province: "上海市", city: nil, district: "黄浦区", divisionCode: "310101", street: "延安路", number: "123弄45号",
            compound: nil, building: nil, unit: nil, room: "601室")
        XCTAssertEqual(lane.text, "上海市黄浦区延安路123弄45号601室")
        XCTAssertEqual(lane.textWithoutUnitAndRoom, "上海市黄浦区延安路123弄45号")
    }
}
