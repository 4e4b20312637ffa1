import XCTest
@testable import LeakTraceMatching

final class AddressParserTests: XCTestCase {
    private typealias Row = (input: String, province: String?, city: String?, district: String?, parts: [ParsedAddress.Part: String])

    private func check(_ table: [Row], file: StaticString = #filePath, line: UInt = #line) {
        for row in table {
            let a = AddressParser.parse(row.input)
            XCTAssertEqual(a.province, row.province, "province of \(row.input)", file: file, line: line)
            XCTAssertEqual(a.city, row.city, "city of \(row.input)", file: file, line: line)
            XCTAssertEqual(a.district, row.district, "district of \(row.input)", file: file, line: line)
            for part in ParsedAddress.Part.allCases {
                XCTAssertEqual(a.text(of: part), row.parts[part], "\(part) of \(row.input)", file: file, line: line)
            }
        }
    }

    func testShapesCouriersPrint() {
        check([
            ("浙江省杭州市西湖区文三路100号华星花园3栋2单元601室", "浙江省", "杭州市", "西湖区",
             [.street: "文三路", .number: "100", .compound: "华星花园", .building: "3", .unit: "2", .room: "601"]),
            ("上海市徐汇区漕溪北路123弄45号601室", "上海市", nil, "徐汇区",
             [.street: "漕溪北路", .number: "123弄45", .room: "601"]),
            ("北京市东城区烟袋胡同12号", "北京市", nil, "东城区", [.street: "烟袋胡同", .number: "12"]),
            ("天津市和平区安华里3号楼2门401", "天津市", nil, "和平区", [.compound: "安华里", .building: "3", .unit: "2", .room: "401"]),
            ("四川省成都市郫都区青山镇王家村3组15号", "四川省", "成都市", "郫都区", [.street: "青山镇王家村", .number: "3组15"]),
            ("广东省东莞市人民路8号", "广东省", "东莞市", nil, [.street: "人民路", .number: "8"]),
        ])
    }

    func testMissingProvinceOrCityAndAbbreviations() {
        check([
            ("杭州市西湖区文三路100号", "浙江省", "杭州市", "西湖区", [.street: "文三路", .number: "100"]),
            ("拱墅区湖墅南路8号", "浙江省", "杭州市", "拱墅区", [.street: "湖墅南路", .number: "8"]),
            // 西湖区 is in Hangzhou and in Nanchang: the district is known, the city is not.
            ("西湖区文三路100号", nil, nil, "西湖区", [.street: "文三路", .number: "100"]),
            ("浙江杭州文三路100号", "浙江省", "杭州市", nil, [.street: "文三路", .number: "100"]),
            ("北京朝阳建国路88号", "北京市", nil, "朝阳区", [.street: "建国路", .number: "88"]),
            ("广西南宁青秀区民族大道1号", "广西壮族自治区", "南宁市", "青秀区", [.street: "民族大道", .number: "1"]),
            // 中山路 is a road, not 中山市.
            ("中山路5号", nil, nil, nil, [.street: "中山路", .number: "5"]),
        ])
    }

    func testBuildingUnitAndRoomForms() {
        let base = "浙江省杭州市西湖区文三路100号华星花园"
        let full: [ParsedAddress.Part: String] = [
            .street: "文三路", .number: "100", .compound: "华星花园", .building: "3", .unit: "2", .room: "601",
        ]
        check([
            (base + "3幢2单元601室", "浙江省", "杭州市", "西湖区", full),
            (base + "3号楼2单元601室", "浙江省", "杭州市", "西湖区", full),
            (base + "3座2单元601房", "浙江省", "杭州市", "西湖区", full),
            (base + "3#楼2单元601", "浙江省", "杭州市", "西湖区", full),
            (base + "3#2单元601", "浙江省", "杭州市", "西湖区", full),
            (base + "3-2-601", "浙江省", "杭州市", "西湖区", full),
            (base + "3栋2-601", "浙江省", "杭州市", "西湖区", full),
            (base + "三栋二单元六〇一室", "浙江省", "杭州市", "西湖区", full),
            (base + "３栋２单元６０１室", "浙江省", "杭州市", "西湖区", full),
            (base + "3栋6楼601", "浙江省", "杭州市", "西湖区", [.street: "文三路", .number: "100", .compound: "华星花园", .building: "3", .room: "601"]),
            (base + "A座1203室", "浙江省", "杭州市", "西湖区", [.street: "文三路", .number: "100", .compound: "华星花园", .building: "A", .room: "1203"]),
            ("浙江省杭州市西湖区文三路100-1号", "浙江省", "杭州市", "西湖区", [.street: "文三路", .number: "100-1"]),
        ])
    }

    func testTraditionalMasksTruncationAndFreeText() {
        check([
            ("浙江省杭州市西湖區文三路100號華星花園3棟2單元601室", "浙江省", "杭州市", "西湖区",
             [.street: "文三路", .number: "100", .compound: "华星花园", .building: "3", .unit: "2", .room: "601"]),
            ("浙江省杭州市西湖区**路100号华星花园3栋**", "浙江省", "杭州市", "西湖区",
             [.street: "**路", .number: "100", .compound: "华星花园", .building: "3"]),
            ("浙江省杭州市西湖区文三路100号华星花园3栋*单元***室", "浙江省", "杭州市", "西湖区",
             [.street: "文三路", .number: "100", .compound: "华星花园", .building: "3", .unit: "*", .room: "***"]),
            ("浙江省杭州市西湖区文三路100号华星", "浙江省", "杭州市", "西湖区", [.street: "文三路", .number: "100", .compound: "华星"]),
            ("收货地址：浙江省杭州市西湖区文三路100号（放门卫）", "浙江省", "杭州市", "西湖区",
             [.street: "文三路", .number: "100", .compound: "放门卫"]),
            ("林晓岚 138****0001 浙江省杭州市西湖区文三路100号华星花园3栋 13800000001", "浙江省", "杭州市", "西湖区",
             [.street: "文三路", .number: "100", .compound: "华星花园", .building: "3"]),
        ])
        XCTAssertTrue(AddressParser.parse("浙江省杭州市西湖区文三路100号华星花园3栋**").hiddenTail)
        XCTAssertEqual(AddressParser.parse("浙江省杭州市西湖区文三路100号华星").openPart, .compound)
    }

    func testAmbiguousDistrictsAreResolvedByTheRestOrLeftOpen() {
        // 南山区: Shenzhen (440305) and Hegang (230404).
        XCTAssertEqual(AddressParser.parse("南山区科技园路1号").divisionCodes, ["230404", "440305"])
        XCTAssertEqual(AddressParser.parse("南山区科技园路1号").district, "南山区")
        XCTAssertNil(AddressParser.parse("南山区科技园路1号").city, "never guessed")
        XCTAssertEqual(AddressParser.parse("深圳市南山区科技园路1号").divisionCodes, ["440305"])
        XCTAssertEqual(AddressParser.parse("广东省南山区科技园路1号").divisionCodes, ["440305"])
        XCTAssertEqual(AddressParser.parse("鹤岗南山区科技园路1号").divisionCodes, ["230404"])
        XCTAssertEqual(AddressParser.parse("黑龙江南山区科技园路1号").city, "鹤岗市")

        let shenzhen = "广东省深圳市南山区科技园路1号华星花园3栋2单元601室"
        let hegang = "黑龙江省鹤岗市南山区科技园路1号华星花园3栋2单元601室"
        XCTAssertEqual(AddressNormalizer.compare(seen: "南山区科技园路1号华星花园3栋", planted: shenzhen), .masked)
        XCTAssertEqual(AddressNormalizer.compare(seen: "南山区科技园路1号华星花园3栋", planted: hegang), .masked)
        XCTAssertEqual(AddressNormalizer.compare(seen: "深圳南山区科技园路1号华星花园3栋", planted: hegang), .disagree)
    }

    /// 三门峡市 once read as "the third door": every address there failed to parse.
    func testNumeralsInPlaceNamesStayNames() {
        let planted = "河南省三门峡市陕州区青年巷13号西苑新村22号楼4单元1702室"
        let a = AddressParser.parse(planted)
        XCTAssertEqual(a.city, "三门峡市")
        XCTAssertEqual(a.district, "陕州区")
        XCTAssertEqual(a.text(of: .street), "青年巷")
        XCTAssertEqual(AddressNormalizer.compare(seen: "河南三门峡陕州青年巷13号西苑新村22号楼四单元1702室", planted: planted), .exact)
        XCTAssertEqual(AddressNormalizer.compare(seen: "河南省三门峡市陕州区青年巷13号西苑新村22号楼****", planted: planted), .masked)
        XCTAssertEqual(AddressParser.parse("浙江台州三门县海游镇1号").district, "三门县")
    }

    /// A free-text line loses its spaces: the room must not swallow the waybill number after it.
    func testRoomFollowedByAWaybillNumberInFreeText() {
        let planted = "江西省九江市武宁县大学东路198号蓝天花园5栋3单元703室"
        let line = "刘*     137****2696      九江市武宁县大学东路198号蓝天花园5-3-703     YT2339025397445"
        XCTAssertEqual(AddressParser.parse(line).text(of: .room), "703")
        XCTAssertEqual(AddressNormalizer.compare(seen: line, planted: planted), .exact)
        XCTAssertEqual(AddressParser.parse("蓝天花园5栋3单元703室").text(of: .room), "703")
        XCTAssertEqual(AddressParser.parse("蓝天花园5栋3单元1234567").text(of: .room), nil, "a long number is no room")
    }

    /// Place names holding a character the normaliser folds (乾 → 干) are still found.
    func testDivisionsWhoseNamesFoldAreFound() {
        XCTAssertEqual(AddressParser.parse("吉林省松原市乾安县建国路365号").district, "乾安县")
        XCTAssertEqual(AddressParser.parse("陕西省咸阳市乾县西坝镇前营村5组58号").district, "乾县")
        XCTAssertEqual(AddressParser.regions(of: "吉林省松原市乾安县建国路365号"), AddressParser.parse("吉林省松原市乾安县建国路365号").regions)
    }
}
