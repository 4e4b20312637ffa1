/// One administrative division from `Corpus/divisions.tsv` (GB/T 2260, six-digit code).
///
/// ```swift
/// let xihu = ReferenceData.standard.division(code: "330106")!   // 西湖区
/// xihu.parentCode                                                // "330100" (杭州市)
/// ReferenceData.standard.division(code: "330000")!.shortName     // "浙江"
/// ```
public struct Division: Hashable, Sendable {
    public let code: String
    public let name: String
    public let level: DivisionLevel
    /// The enclosing division: a city or, for municipalities' districts and 省直辖县级, the province.
    public let parentCode: String?

    public init(code: String, name: String, level: DivisionLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
    }

    /// The name as people write it without its administrative suffix (浙江省 → 浙江, 杭州市 → 杭州,
    /// 内蒙古自治区 → 内蒙古, 恩施土家族苗族自治州 → 恩施). Addresses in leaked lists often use it.
    public var shortName: String {
        // On scalars: `String.hasSuffix` breaks graphemes for each of some 140 suffixes and peoples,
        // and the gazetteer asks this of all 3,400 divisions at every start. Division names are
        // Han characters, one scalar each, so counting scalars is counting characters.
        var text = Array(name.unicodeScalars)
        func ends(with suffix: [Unicode.Scalar]) -> Bool {
            text.count - suffix.count >= 2 && text[(text.count - suffix.count)...].elementsEqual(suffix)
        }
        for suffix in Self.suffixScalars where ends(with: suffix) {
            text.removeLast(suffix.count)
            break
        }
        // Autonomous divisions name their peoples before the suffix (湘西土家族苗族自治州); drop them,
        // longest first, so 土家族 is never read as 土族 plus a stray 家.
        var stripped = true
        while stripped {
            stripped = false
            for people in Self.peopleScalars where ends(with: people) {
                text.removeLast(people.count)
                stripped = true
                break
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text)
        return String(out)
    }

    private static let suffixScalars = suffixes.map { Array($0.unicodeScalars) }
    private static let peopleScalars = peoples.map { Array($0.unicodeScalars) }

    private static let suffixes = [
        "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "盟", "区", "县", "旗",
    ]

    /// Ethnic groups as they appear in division names, longest first; 蒙古, 维吾尔, 哈萨克 and 柯尔克孜 also
    /// appear without 族 (博尔塔拉蒙古自治州, 新疆维吾尔自治区).
    private static let peoples: [String] = {
        let groups = [
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
            "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
            "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
            "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
            "门巴", "珞巴", "基诺",
        ]
        // 龙胜各族自治县 names all its peoples at once.
        let forms = groups.map { $0 + "族" } + ["蒙古", "维吾尔", "哈萨克", "柯尔克孜", "各族"]
        return forms.sorted { $0.count > $1.count }
    }()
}
