import LeakTraceCore
import LeakTraceCorpus

/// Generates delivery addresses under real divisions: the district lies in its city and the city
/// in its province (by code), with the regional shapes couriers print.
///
/// - Province by 2020 census population; within it, urban districts (区) weigh more than counties.
/// - Shapes: 路 N号 小区 N栋 N单元 N室 in most places; Shanghai lanes (XX路123弄45号601室);
///   Beijing 胡同 and 里; Tianjin 里 with 门; rural 镇 村 组 in counties.
///
/// ```swift
/// var rng = DeterministicRandom(seed: 11)
/// let address = AddressGenerator().generate(using: &rng)
/// address.text   // "四川省成都市郫都区学府路76号锦绣家园8栋2单元1203室"
/// ```
public struct AddressGenerator: Sendable {
    /// A place an address can sit in: a district, or a city without districts.
    struct Locality: Sendable {
        let province: Division
        let city: Division?
        let district: Division?
        /// Share of addresses here that are rural (镇 村 组) rather than urban.
        let ruralShare: Double
    }

    private let localities: WeightedTable<Locality>
    private let patterns: AddressPatterns
    /// Two-character city names (杭州, 延安...), which name roads all over China.
    private let cityRoadStems: [String]

    /// 三沙市 (about two thousand residents on reefs): an address there would stand out.
    static let excludedCities: Set<String> = ["460300"]

    public init(reference: ReferenceData = .standard) {
        patterns = reference.addressPatterns
        var weighted: [(Locality, Double)] = []
        for province in reference.provinces {
            guard let provinceWeight = reference.provinceWeights[province.code], provinceWeight > 0 else { continue }
            var leaves: [(Locality, Double)] = []
            for child in reference.children(of: province.code) {
                switch child.level {
                case .district:
                    leaves.append((Self.locality(province: province, city: nil, district: child), Self.densityWeight(child)))
                case .city:
                    guard !Self.excludedCities.contains(child.code) else { continue }
                    let districts = reference.children(of: child.code)
                    if districts.isEmpty {
                        leaves.append((Locality(province: province, city: child, district: nil, ruralShare: 0.1), 3))
                    }
                    for district in districts {
                        leaves.append((Self.locality(province: province, city: child, district: district), Self.densityWeight(district)))
                    }
                case .province:
                    continue
                }
            }
            let total = leaves.reduce(0) { $0 + $1.1 }
            weighted += leaves.map { ($0.0, provinceWeight * $0.1 / total) }
        }
        localities = WeightedTable(weighted)
        // Only mainland prefecture-level cities (名 + 市): 阿里地区 or 高雄市 would make odd roads.
        cityRoadStems = reference.divisions.compactMap { division in
            guard division.level == .city, division.name.hasSuffix("市"),
                  let province = division.parentCode, reference.provinceWeights[province] != nil
            else { return nil }
            let short = division.shortName
            return short.count == 2 ? short : nil
        }
    }

    public func generate(using rng: inout DeterministicRandom) -> GeneratedAddress {
        let place = localities.draw(using: &rng)
        var address = GeneratedAddress(
            province: place.province.name, city: place.city?.name, district: place.district?.name,
            divisionCode: (place.district ?? place.city ?? place.province).code,
            street: nil, number: nil, compound: nil, building: nil, unit: nil, room: nil)
        let districtCode = place.district?.code ?? ""
        switch place.province.code {
        case "310000" where rng.chance(0.6):
            fillShanghaiLane(&address, using: &rng)
        case "110000" where (districtCode == "110101" || districtCode == "110102") && rng.chance(0.4):
            fillHutong(&address, using: &rng)
        case "110000" where rng.chance(0.2):
            fillLi(&address, tianjin: false, using: &rng)
        case "120000" where rng.chance(0.3):
            fillLi(&address, tianjin: true, using: &rng)
        default:
            if rng.chance(place.ruralShare) {
                fillRural(&address, using: &rng)
            } else {
                fillUrban(&address, beijing: place.province.code == "110000", using: &rng)
            }
        }
        return address
    }

    // MARK: - Shapes

    private func fillUrban(_ address: inout GeneratedAddress, beijing: Bool, using rng: inout DeterministicRandom) {
        address.street = road(using: &rng)
        address.number = "\(houseNumber(using: &rng))号"
        if rng.chance(0.85) {
            address.compound = rng.chance(0.1)
                ? patterns.workUnitStems.draw(using: &rng) + patterns.workUnitSuffixes.draw(using: &rng)
                : patterns.compoundStems.draw(using: &rng) + patterns.compoundSuffixes.draw(using: &rng)
            let word = beijing ? "号楼" : patterns.buildingWords.draw(using: &rng)
            address.building = "\(Self.skewed(1...36, using: &rng))\(word)"
        }
        if rng.chance(0.8) { address.unit = "\(Self.skewed(1...6, using: &rng))单元" }
        address.room = "\(room(floors: 1...33, using: &rng))室"
    }

    private func fillShanghaiLane(_ address: inout GeneratedAddress, using rng: inout DeterministicRandom) {
        address.street = road(using: &rng)
        address.number = "\(Self.skewed(1...1200, using: &rng))弄\(Self.skewed(1...80, using: &rng))号"
        address.room = "\(room(floors: 1...18, using: &rng))室"
    }

    private func fillHutong(_ address: inout GeneratedAddress, using rng: inout DeterministicRandom) {
        address.street = patterns.hutongStems.draw(using: &rng) + "胡同"
        address.number = "\(Self.skewed(1...99, using: &rng))号"
    }

    /// 里 estates: Tianjin numbers units as 门 and writes bare room numbers (3号楼2门401).
    private func fillLi(_ address: inout GeneratedAddress, tianjin: Bool, using rng: inout DeterministicRandom) {
        address.compound = patterns.liStems.draw(using: &rng) + "里"
        address.building = "\(Self.skewed(1...40, using: &rng))号楼"
        address.unit = "\(Self.skewed(1...6, using: &rng))\(tianjin ? "门" : "单元")"
        let number = room(floors: 1...7, using: &rng)
        address.room = tianjin ? "\(number)" : "\(number)室"
    }

    private func fillRural(_ address: inout GeneratedAddress, using rng: inout DeterministicRandom) {
        let town = patterns.townStems.draw(using: &rng) + patterns.townSuffixes.draw(using: &rng)
        let village = patterns.villageStems.draw(using: &rng) + patterns.villageSuffixes.draw(using: &rng)
        address.street = town + village
        address.number = "\(Self.skewed(1...15, using: &rng))组\(Self.skewed(1...120, using: &rng))号"
    }

    // MARK: - Parts

    private func road(using rng: inout DeterministicRandom) -> String {
        // Many cities name roads after other cities (南京路, 延安路); those are always 路.
        let fromCity = rng.chance(0.15)
        var name = fromCity ? rng.pick(cityRoadStems) : patterns.roadStems.draw(using: &rng)
        let suffix = fromCity ? "路" : patterns.roadSuffixes.draw(using: &rng)
        if suffix == "路" || suffix == "大道" || suffix == "街" {
            if rng.chance(0.22) {
                name += patterns.roadDirections.draw(using: &rng)
            } else if suffix == "路", rng.chance(0.06) {
                name += patterns.roadOrdinals.draw(using: &rng)
            }
        }
        return name + suffix
    }

    private func houseNumber(using rng: inout DeterministicRandom) -> Int {
        Self.skewed(1...999, using: &rng)
    }

    /// Floor and door: 301, 1203.
    private func room(floors: ClosedRange<Int>, using rng: inout DeterministicRandom) -> Int {
        Self.skewed(floors, using: &rng) * 100 + rng.uniform(in: 1...4)
    }

    /// Small numbers are commoner than large ones in every numbering (houses, buildings, floors):
    /// the minimum of two uniform draws gives a linearly falling share.
    static func skewed(_ range: ClosedRange<Int>, using rng: inout DeterministicRandom) -> Int {
        min(rng.uniform(in: range), rng.uniform(in: range))
    }

    private static func locality(province: Division, city: Division?, district: Division) -> Locality {
        Locality(province: province, city: city, district: district, ruralShare: ruralShare(district))
    }

    /// Counties and banners are mostly rural, county-level cities partly, urban districts rarely.
    private static func ruralShare(_ district: Division) -> Double {
        if district.name.hasSuffix("县") || district.name.hasSuffix("旗") { return 0.45 }
        if district.name.hasSuffix("市") { return 0.25 }
        return 0.04
    }

    /// Urban districts hold more people per division than counties.
    private static func densityWeight(_ district: Division) -> Double {
        district.name.hasSuffix("区") ? 3 : 1
    }
}
