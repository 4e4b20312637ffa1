import XCTest
import LeakTraceCorpus

final class DivisionTests: XCTestCase {
    func testShortNameDropsAdministrativeSuffixesAndPeoples() {
        let cases: [(String, DivisionLevel, String)] = [
            ("浙江省", .province, "浙江"),
            ("杭州市", .city, "杭州"),
            ("内蒙古自治区", .province, "内蒙古"),
            ("广西壮族自治区", .province, "广西"),
            ("新疆维吾尔自治区", .province, "新疆"),
            ("香港特别行政区", .province, "香港"),
            ("恩施土家族苗族自治州", .city, "恩施"),
            ("博尔塔拉蒙古自治州", .city, "博尔塔拉"),
            ("大兴安岭地区", .city, "大兴安岭"),
            ("阿拉善盟", .city, "阿拉善"),
            ("浦东新区", .district, "浦东"),
            ("龙胜各族自治县", .district, "龙胜"),
            ("西湖区", .district, "西湖"),
            ("矿区", .district, "矿区"),       // too short to lose its suffix
        ]
        for (name, level, expected) in cases {
            XCTAssertEqual(Division(code: "000000", name: name, level: level, parentCode: nil).shortName, expected, name)
        }
    }
}
