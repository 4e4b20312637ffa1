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

    /// The scalar implementation against the character one it replaced, over every division.
    func testShortNameOfEveryDivisionIsWhatTheCharacterReadingGave() {
        let suffixes = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "盟", "区", "县", "旗"]
        let groups = ["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
                      "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
                      "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
                      "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
                      "门巴", "珞巴", "基诺"]
        let peoples = (groups.map { $0 + "族" } + ["蒙古", "维吾尔", "哈萨克", "柯尔克孜", "各族"]).sorted { $0.count > $1.count }
        func reference(_ name: String) -> String {
            var text = Substring(name)
            for suffix in suffixes where text.hasSuffix(suffix) && text.count - suffix.count >= 2 {
                text = text.dropLast(suffix.count)
                break
            }
            var stripped = true
            while stripped {
                stripped = false
                for people in peoples where text.hasSuffix(people) && text.count - people.count >= 2 {
                    text = text.dropLast(people.count)
                    stripped = true
                    break
                }
            }
            return String(text)
        }
        let divisions = ReferenceData.standard.divisions
        XCTAssertGreaterThan(divisions.count, 3_000)
        for division in divisions {
            XCTAssertEqual(division.shortName, reference(division.name), division.name)
        }
    }
}
