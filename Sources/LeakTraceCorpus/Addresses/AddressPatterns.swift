import LeakTraceCore

/// The generic words addresses are built from, read from the hand-written `Corpus/address_patterns.tsv`
/// (`category`, `value`, `weight`). They are common nouns of Chinese street and estate naming, not
/// real addresses: the generator combines them under a real district.
///
/// ```swift
/// let patterns = ReferenceData.standard.addressPatterns
/// var rng = DeterministicRandom(seed: 7)
/// patterns.roadStems.draw(using: &rng) + patterns.roadSuffixes.draw(using: &rng)   // "人民路"
/// ```
public struct AddressPatterns: Sendable {
    /// 人民, 解放, 中山...: the civic names of roads.
    public let roadStems: WeightedTable<String>
    /// 东, 西, 南, 北, 中: 中山北路.
    public let roadDirections: WeightedTable<String>
    /// 路, 街, 大道, 大街, 巷.
    public let roadSuffixes: WeightedTable<String>
    /// 一, 二, 三: numbered roads (科技二路).
    public let roadOrdinals: WeightedTable<String>
    /// 翠苑, 阳光, 锦绣...: the first part of a residential compound's name.
    public let compoundStems: WeightedTable<String>
    /// 花园, 家园, 新城, 小区, 苑, 公寓...
    public let compoundSuffixes: WeightedTable<String>
    /// Employers' housing estates (单位宿舍): 铁路 → 铁路新村, 教师 → 教师家属院. Their stems only take
    /// these suffixes; 铁路花园 would read oddly.
    public let workUnitStems: WeightedTable<String>
    public let workUnitSuffixes: WeightedTable<String>
    /// 栋, 幢, 号楼.
    public let buildingWords: WeightedTable<String>
    /// Stems of rural towns (镇/乡) and their suffixes.
    public let townStems: WeightedTable<String>
    public let townSuffixes: WeightedTable<String>
    /// Stems of villages (王家, 上庄...) and their suffix (村).
    public let villageStems: WeightedTable<String>
    public let villageSuffixes: WeightedTable<String>
    /// Beijing 胡同 stems (槐树 → 槐树胡同).
    public let hutongStems: WeightedTable<String>
    /// Beijing and Tianjin 里 stems (和平 → 和平里).
    public let liStems: WeightedTable<String>

    /// The categories the file must hold, each with at least one row.
    static let categories = [
        "road_stem", "road_direction", "road_suffix", "road_ordinal", "compound_stem", "compound_suffix",
        "work_unit_stem", "work_unit_suffix", "building_word", "town_stem", "town_suffix", "village_stem", "village_suffix", "hutong_stem", "li_stem",
    ]

    /// Parses the TSV text of `address_patterns.tsv`.
    public init(tsv text: String, file: String = "address_patterns.tsv") throws {
        let table = try TSVTable(text: text, file: file, columns: ["category", "value", "weight"])
        var byCategory: [String: [(String, Double)]] = [:]
        for row in table.rows {
            let category = try table.text(row, 0)
            guard Self.categories.contains(category) else {
                throw table.error(row, "unknown category '\(category)'")
            }
            let weight = try table.weight(row, 2)
            guard weight > 0 else { throw table.error(row, "weight must be positive") }
            byCategory[category, default: []].append((try table.text(row, 1), weight))
        }
        func entries(_ category: String) throws -> WeightedTable<String> {
            guard let rows = byCategory[category], !rows.isEmpty else {
                throw LeakTraceError.unreadableFile(path: file, line: nil, reason: "no rows in category '\(category)'")
            }
            return WeightedTable(rows)
        }
        roadStems = try entries("road_stem")
        roadDirections = try entries("road_direction")
        roadSuffixes = try entries("road_suffix")
        roadOrdinals = try entries("road_ordinal")
        compoundStems = try entries("compound_stem")
        compoundSuffixes = try entries("compound_suffix")
        workUnitStems = try entries("work_unit_stem")
        workUnitSuffixes = try entries("work_unit_suffix")
        buildingWords = try entries("building_word")
        townStems = try entries("town_stem")
        townSuffixes = try entries("town_suffix")
        villageStems = try entries("village_stem")
        villageSuffixes = try entries("village_suffix")
        hutongStems = try entries("hutong_stem")
        liStems = try entries("li_stem")
    }
}
