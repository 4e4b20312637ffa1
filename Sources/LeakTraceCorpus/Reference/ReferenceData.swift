import LeakTraceCore

/// Everything the generator and the matcher know about China's names, numbers and places, parsed
/// from the `Corpus/` files (see `Corpus/SOURCES.md` for each source and licence).
///
/// ```swift
/// let reference = ReferenceData.standard               // parsed once from the embedded corpus
/// reference.children(of: "330100").map(\.name)         // ["上城区", "拱墅区", "西湖区", ...]
/// var rng = DeterministicRandom(seed: 1)
/// reference.surnames.draw(using: &rng)                  // "王"
/// ```
public struct ReferenceData: Sendable {
    /// Every division, sorted by code.
    public let divisions: [Division]
    /// Surnames weighted by their share of the population (top 10 ≈ 44%).
    public let surnames: WeightedTable<String>
    /// Given-name characters weighted by how often they occur in men's names.
    public let maleGivenCharacters: WeightedTable<String>
    /// Given-name characters weighted by how often they occur in women's names.
    public let femaleGivenCharacters: WeightedTable<String>
    /// Prefixes a canary may carry: kind `mobile` with a positive weight; never data-only or satellite.
    public let mobilePrefixes: WeightedTable<String>
    /// Every prefix in the corpus, generation-eligible or not (matching needs 145/147 too).
    public let allMobilePrefixes: [MobilePrefix]
    /// Traditional → simplified, single characters (OpenCC); one-to-many keeps the common form.
    public let traditionalToSimplified: [Character: Character]
    public let addressPatterns: AddressPatterns
    /// Relative population of each province-level division the generator places people in, keyed
    /// by code (2020 census, hand-entered); divisions without a weight get no generated addresses.
    public let provinceWeights: [String: Double]
    /// Everyday items with price bands, for realistic orders.
    public let orderCatalogue: WeightedTable<CatalogueItem>
    /// Every toneless pinyin reading (ü as `v`) of each character a generated name can contain,
    /// heteronyms in full (单: dan, chan, shan), from `pinyin.tsv`.
    public let pinyinReadings: [Character: [String]]

    private let divisionsByCode: [String: Division]
    private let childrenByCode: [String: [Division]]

    /// Parses the text of each corpus file; throws `LeakTraceError.unreadableFile` naming the file
    /// and line of the first problem.
    public init(
        divisionsTSV: String,
        surnamesTSV: String,
        givenNameCharactersTSV: String,
        mobilePrefixesTSV: String,
        traditionalSimplifiedTSV: String,
        addressPatternsTSV: String,
        provinceWeightsTSV: String,
        orderCatalogueTSV: String,
        pinyinTSV: String? = nil
    ) throws {
        let divisions = try Self.parseDivisions(divisionsTSV)
        self.divisions = divisions
        divisionsByCode = Dictionary(uniqueKeysWithValues: divisions.map { ($0.code, $0) })
        childrenByCode = Dictionary(grouping: divisions.filter { $0.parentCode != nil }, by: { $0.parentCode! })

        surnames = try Self.parseSurnames(surnamesTSV)
        (maleGivenCharacters, femaleGivenCharacters) = try Self.parseGivenNameCharacters(givenNameCharactersTSV)
        allMobilePrefixes = try Self.parseMobilePrefixes(mobilePrefixesTSV)
        let eligible = allMobilePrefixes.filter { $0.kind == .mobile && $0.weight > 0 }
        guard !eligible.isEmpty else {
            throw LeakTraceError.unreadableFile(path: "mobile_prefixes.tsv", line: nil, reason: "no generation-eligible prefix")
        }
        mobilePrefixes = WeightedTable(eligible.map { ($0.prefix, $0.weight) })
        traditionalToSimplified = try Self.parseTraditionalSimplified(traditionalSimplifiedTSV)
        addressPatterns = try AddressPatterns(tsv: addressPatternsTSV)
        provinceWeights = try Self.parseProvinceWeights(provinceWeightsTSV, divisions: divisionsByCode)
        orderCatalogue = try Self.parseOrderCatalogue(orderCatalogueTSV)
        // Optional so callers written before the table existed keep compiling; nil means the embedded one.
        pinyinReadings = try Self.parsePinyin(pinyinTSV ?? EmbeddedCorpus.pinyin)
    }

    public func division(code: String) -> Division? { divisionsByCode[code] }

    /// The divisions whose parent is `code`, sorted by code.
    public func children(of code: String) -> [Division] { childrenByCode[code] ?? [] }

    public var provinces: [Division] { divisions.filter { $0.level == .province } }
}
