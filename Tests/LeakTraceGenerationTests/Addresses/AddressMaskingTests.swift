import XCTest
import LeakTraceGeneration

final class AddressMaskingTests: XCTestCase {
    func testUnitAndRoomEndingsAreRemoved() {
        let cases: [(String, String)] = [
            ("浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室", "浙江省杭州市西湖区文三路128号翠苑新村5幢"),
            ("浙江省杭州市西湖区文三路128号翠苑新村5幢301室", "浙江省杭州市西湖区文三路128号翠苑新村5幢"),
            ("上海市黄浦区延安路123弄45号601室", "上海市黄浦区延安路123弄45号"),
            ("天津市和平区安华里3号楼2门401", "天津市和平区安华里3号楼"),
            ("北京市朝阳区和平里12号楼3单元502室", "北京市朝阳区和平里12号楼"),
            ("北京市朝阳区和平里12号楼3单元502", "北京市朝阳区和平里12号楼"),
            ("湖南省永州市道县黄土镇红星村4组24号", "湖南省永州市道县黄土镇红星村4组24号"),
            ("北京市东城区槐树胡同12号", "北京市东城区槐树胡同12号"),
            ("北京市门头沟区", "北京市门头沟区"),
            ("", ""),
        ]
        for (address, masked) in cases {
            XCTAssertEqual(AddressMasking.removingUnitAndRoom(address), masked, address)
        }
    }
}
