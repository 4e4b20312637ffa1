import XCTest
import LeakTraceCore
import LeakTraceCorpus

final class ReferenceDataTests: XCTestCase {
    private let reference = ReferenceData.standard

    private func parse(divisions: String? = nil, mobilePrefixes: String? = nil) throws -> ReferenceData {
        try ReferenceData(
            divisionsTSV: divisions ?? CorpusDirectory.text("divisions.tsv"),
            surnamesTSV: CorpusDirectory.text("surnames.tsv"),
            givenNameCharactersTSV: CorpusDirectory.text("given_name_chars.tsv"),
            mobilePrefixesTSV: mobilePrefixes ?? CorpusDirectory.text("mobile_prefixes.tsv"),
            traditionalSimplifiedTSV: CorpusDirectory.text("traditional_simplified.tsv"),
            addressPatternsTSV: CorpusDirectory.text("address_patterns.tsv"),
            provinceWeightsTSV: CorpusDirectory.text("province_weights.tsv"),
            orderCatalogueTSV: CorpusDirectory.text("order_catalogue.tsv"))
    }

    func testTheCorpusFilesParseToTheStandardData() throws {
        let fromFiles = try parse()
        XCTAssertEqual(fromFiles.divisions, reference.divisions)
        let rows = try CorpusDirectory.text("divisions.tsv").split(separator: "\n").count - 1
        XCTAssertEqual(reference.divisions.count, rows)
        XCTAssertEqual(reference.provinces.count, 34)
        XCTAssertEqual(reference.surnames.items.count, 399)
        XCTAssertEqual(reference.provinceWeights.count, 31)
        XCTAssertGreaterThan(reference.orderCatalogue.items.count, 20)
    }

    func testEveryDistrictLiesInItsCityAndEveryCityInItsProvince() throws {
        var districts = 0
        for division in reference.divisions where division.level != .province {
            let parent = try XCTUnwrap(reference.division(code: try XCTUnwrap(division.parentCode)), division.name)
            switch division.level {
            case .city:
                XCTAssertEqual(parent.level, .province, division.name)
                XCTAssertEqual(division.code.prefix(2), parent.code.prefix(2), division.name)
            case .district:
                districts += 1
                if parent.level == .city {
                    XCTAssertEqual(division.code.prefix(4), parent.code.prefix(4), division.name)
                    let province = try XCTUnwrap(reference.division(code: try XCTUnwrap(parent.parentCode)))
                    XCTAssertEqual(province.level, .province)
                    XCTAssertEqual(division.code.prefix(2), province.code.prefix(2), division.name)
                } else {
                    XCTAssertEqual(parent.level, .province, division.name)
                    XCTAssertEqual(division.code.prefix(2), parent.code.prefix(2), division.name)
                }
                XCTAssertTrue(reference.children(of: parent.code).contains(division), division.name)
            case .province:
                break
            }
        }
        XCTAssertGreaterThan(districts, 2_800)
    }

    func testKnownPlacesSitWhereTheyBelong() throws {
        XCTAssertEqual(reference.division(code: "330106")?.name, "西湖区")
        XCTAssertEqual(reference.division(code: "330106")?.parentCode, "330100")
        XCTAssertEqual(reference.division(code: "330100")?.parentCode, "330000")
        // Municipalities: districts directly under the province, no city row.
        XCTAssertEqual(reference.division(code: "110108")?.parentCode, "110000")
        XCTAssertNil(reference.division(code: "110100"))
        XCTAssertTrue(reference.children(of: "500000").contains { $0.name == "万州区" })
        XCTAssertTrue(reference.children(of: "500000").allSatisfy { $0.level == .district })
        // 省直辖县级: under the province.
        XCTAssertEqual(reference.division(code: "429004")?.name, "仙桃市")
        XCTAssertEqual(reference.division(code: "429004")?.parentCode, "420000")
        // A city without districts.
        XCTAssertEqual(reference.division(code: "441900")?.level, .city)
        XCTAssertTrue(reference.children(of: "441900").isEmpty)
    }

    func testTheSpuriousSuLuBorderRowIsGone() {
        XCTAssertFalse(reference.divisions.contains { $0.name.contains("苏鲁交界") || $0.code.hasPrefix("99") })
    }

    func testADistrictInTheWrongProvinceIsRejectedWithItsLine() throws {
        let bad = "code\tname\tlevel\tparent_code\n330000\t浙江省\tprovince\t\n330100\t杭州市\tcity\t330000\n320106\t西湖区\tdistrict\t330100\n"
        XCTAssertThrowsError(try parse(divisions: bad)) { error in
            guard case .unreadableFile(let path, let line, _)? = error as? LeakTraceError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "divisions.tsv")
            XCTAssertEqual(line, 4)
        }
        XCTAssertThrowsError(try parse(divisions: "code\tname\n")) { error in
            XCTAssertEqual((error as? LeakTraceError).map { "\($0)" }?.hasPrefix("divisions.tsv:1:"), true)
        }
    }

    func testSurnamesUseModernFormsAndPublishedShares() {
        let surnames = reference.surnames
        XCTAssertTrue(surnames.items.contains("肖"))
        XCTAssertTrue(surnames.items.contains("闫"))
        XCTAssertFalse(surnames.items.contains("萧"))
        XCTAssertFalse(surnames.items.contains("阎"))
        XCTAssertEqual(Array(surnames.items.prefix(3)), ["王", "李", "张"])
        let topTen = (0..<10).reduce(0.0) { $0 + surnames.share(at: $1) }
        XCTAssertEqual(topTen, 0.44, accuracy: 0.03)
    }

    func testGivenNameCharactersDifferBySex() {
        let male = reference.maleGivenCharacters, female = reference.femaleGivenCharacters
        XCTAssertLessThanOrEqual(male.items.count, 3_000)
        let maleShare = { (c: String) in male.share(at: male.items.firstIndex(of: c)!) }
        let femaleShare = { (c: String) in female.share(at: female.items.firstIndex(of: c)!) }
        XCTAssertGreaterThan(maleShare("强"), 10 * femaleShare("强"))
        XCTAssertGreaterThan(femaleShare("丽"), 5 * maleShare("丽"))
    }

    func testOnlyOrdinaryMobilePrefixesAreEligibleForGeneration() {
        let eligible = Set(reference.mobilePrefixes.items)
        XCTAssertFalse(eligible.contains("145"))
        XCTAssertFalse(eligible.contains("147"))
        XCTAssertFalse(eligible.contains { $0.hasPrefix("174") })
        XCTAssertGreaterThanOrEqual(eligible.count, 48)
        for prefix in eligible {
            let padded = prefix + String(repeating: "5", count: 11 - prefix.count)
            XCTAssertTrue(ChineseMobileNumberPlan.isValid(padded), prefix)
            XCTAssertFalse(ChineseMobileNumberPlan.dataOnlyPrefixes.contains(String(prefix.prefix(3))), prefix)
        }
        XCTAssertEqual(reference.allMobilePrefixes.first { $0.prefix == "147" }?.kind, .data)
        XCTAssertEqual(reference.allMobilePrefixes.first { $0.prefix == "17403" }?.kind, .satellite)
        XCTAssertFalse(reference.allMobilePrefixes.contains { $0.prefix == "149" })
    }

    func testAPrefixOutsideTheNumberingPlanIsRejected() throws {
        let bad = "prefix\tweight\tkind\n138\t4\tmobile\n149\t1\tdata\n"
        XCTAssertThrowsError(try parse(mobilePrefixes: bad)) { error in
            guard case .unreadableFile("mobile_prefixes.tsv", 3, _)? = error as? LeakTraceError else { return XCTFail("\(error)") }
        }
    }

    func testTraditionalCharactersMapToSimplified() {
        let map = reference.traditionalToSimplified
        XCTAssertEqual(map["國"], "国")
        XCTAssertEqual(map["門"], "门")
        XCTAssertEqual(map["張"], "张")
        XCTAssertNil(map["国"])
        XCTAssertGreaterThan(map.count, 4_000)
    }

    func testProvinceWeightsCoverTheMainlandOnly() {
        let weights = reference.provinceWeights
        XCTAssertNil(weights["710000"])
        XCTAssertNil(weights["810000"])
        XCTAssertGreaterThan(weights["440000"]!, weights["540000"]! * 20)
    }
}
