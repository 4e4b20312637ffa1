import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class AddressGeneratorTests: XCTestCase {
    private let reference = ReferenceData.standard

    private func sample(_ count: Int, seed: UInt64) -> [GeneratedAddress] {
        let generator = AddressGenerator()
        var rng = DeterministicRandom(seed: seed)
        return (0..<count).map { _ in generator.generate(using: &rng) }
    }

    func testEveryDistrictLiesInItsCityAndEveryCityInItsProvince() throws {
        for address in sample(5_000, seed: 17) {
            let leaf = try XCTUnwrap(reference.division(code: address.divisionCode), address.text)
            var provinceCode: String
            if let district = address.district {
                XCTAssertEqual(leaf.name, district)
                XCTAssertEqual(leaf.level, .district)
                let parent = try XCTUnwrap(reference.division(code: try XCTUnwrap(leaf.parentCode)))
                if let city = address.city {
                    XCTAssertEqual(parent.level, .city, address.text)
                    XCTAssertEqual(parent.name, city, address.text)
                    provinceCode = try XCTUnwrap(parent.parentCode)
                } else {
                    XCTAssertEqual(parent.level, .province, address.text)
                    provinceCode = parent.code
                }
            } else {
                XCTAssertEqual(leaf.level, .city, address.text)
                XCTAssertEqual(leaf.name, address.city)
                XCTAssertTrue(reference.children(of: leaf.code).isEmpty, address.text)
                provinceCode = try XCTUnwrap(leaf.parentCode)
            }
            let province = try XCTUnwrap(reference.division(code: provinceCode))
            XCTAssertEqual(province.name, address.province, address.text)
            XCTAssertNotNil(reference.provinceWeights[province.code], "no addresses outside the mainland: \(address.text)")
            XCTAssertTrue(address.text.hasPrefix(address.province + (address.city ?? "") + (address.district ?? "")))
        }
    }

    func testProvincesFollowPopulation() {
        let addresses = sample(5_000, seed: 18)
        let guangdong = Double(addresses.filter { $0.province == "广东省" }.count) / 5_000
        let tibet = Double(addresses.filter { $0.province == "西藏自治区" }.count) / 5_000
        let weights = reference.provinceWeights
        XCTAssertEqual(guangdong, weights["440000"]! / weights.values.reduce(0, +), accuracy: 0.02)
        XCTAssertLessThan(tibet, 0.01)
    }

    func testRegionalShapesAppearWhereTheyBelong() {
        let addresses = sample(8_000, seed: 19)
        let lanes = addresses.filter { $0.number?.contains("弄") == true }
        XCTAssertFalse(lanes.isEmpty)
        XCTAssertTrue(lanes.allSatisfy { $0.province == "上海市" && $0.room?.hasSuffix("室") == true })
        let hutongs = addresses.filter { $0.street?.hasSuffix("胡同") == true }
        XCTAssertTrue(hutongs.allSatisfy { $0.district == "东城区" || $0.district == "西城区" })
        let tianjinLi = addresses.filter { $0.province == "天津市" && $0.compound?.hasSuffix("里") == true }
        XCTAssertFalse(tianjinLi.isEmpty)
        XCTAssertTrue(tianjinLi.allSatisfy { $0.unit?.hasSuffix("门") == true })
        let rural = addresses.filter { $0.number?.contains("组") == true }
        XCTAssertGreaterThan(rural.count, 200)
        XCTAssertTrue(rural.allSatisfy { $0.street?.contains("村") == true && $0.unit == nil && $0.room == nil })
        let urban = addresses.filter { $0.compound != nil && $0.building != nil }
        XCTAssertGreaterThan(urban.count, 4_000)
    }

    func testMaskingTheTextEqualsDroppingUnitAndRoomParts() {
        for address in sample(3_000, seed: 20) {
            XCTAssertEqual(AddressMasking.removingUnitAndRoom(address.text), address.textWithoutUnitAndRoom, address.text)
        }
    }
}
