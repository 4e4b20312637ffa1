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

    func testUrbanAddressesPrintPartsInTheCourierOrder() {
        // 省 市 区 路 N号 小区 N栋 N单元 N室, with nothing between the parts and each part in its shape.
        let roadEndings = ["路", "街", "大道", "大街", "巷", "道"]
        var full = 0
        for address in sample(3_000, seed: 21) where address.compound != nil && address.street?.hasSuffix("胡同") == false
            && address.number?.contains("弄") == false && address.number?.contains("组") == false {
            let parts = [address.province, address.city, address.district, address.street, address.number,
                         address.compound, address.building, address.unit, address.room].compactMap { $0 }
            XCTAssertEqual(address.text, parts.joined())
            XCTAssertTrue(roadEndings.contains { address.street?.hasSuffix($0) == true }, address.text)
            XCTAssertTrue(address.number?.hasSuffix("号") == true && address.number?.dropLast().allSatisfy(\.isNumber) == true, address.text)
            XCTAssertTrue(["栋", "幢", "号楼"].contains { address.building?.hasSuffix($0) == true }, address.text)
            if let unit = address.unit { XCTAssertTrue(unit.hasSuffix("单元") || unit.hasSuffix("门"), address.text) }
            let room = address.room ?? ""
            XCTAssertTrue(room.hasSuffix("室") ? room.dropLast().allSatisfy(\.isNumber) : room.allSatisfy(\.isNumber), address.text)
            if address.unit != nil && address.room?.hasSuffix("室") == true { full += 1 }
        }
        XCTAssertGreaterThan(full, 1_500, "most urban addresses carry building, unit and room")
    }

    func testBeijingHasHutongsAndLiAndShanghaiHasLanes() {
        // Enough addresses that Beijing's old town (东城, 西城) is well represented.
        let addresses = sample(40_000, seed: 22)
        let beijing = addresses.filter { $0.province == "北京市" }
        let hutongs = beijing.filter { $0.street?.hasSuffix("胡同") == true }
        XCTAssertGreaterThan(hutongs.count, 5)
        XCTAssertTrue(hutongs.allSatisfy { ($0.district == "东城区" || $0.district == "西城区") && $0.number?.hasSuffix("号") == true })
        let li = beijing.filter { $0.compound?.hasSuffix("里") == true }
        XCTAssertGreaterThan(li.count, 5)
        XCTAssertTrue(li.allSatisfy { $0.building?.hasSuffix("号楼") == true && $0.unit?.hasSuffix("单元") == true && $0.room?.hasSuffix("室") == true })
        let shanghai = addresses.filter { $0.province == "上海市" }
        let lanes = shanghai.filter { $0.number?.contains("弄") == true }
        XCTAssertGreaterThan(Double(lanes.count) / Double(shanghai.count), 0.4)
        // XX路123弄45号601室
        XCTAssertTrue(lanes.allSatisfy { lane in
            let number = lane.number ?? ""
            guard let split = number.firstIndex(of: "弄") else { return false }
            return number[..<split].allSatisfy(\.isNumber) && number.hasSuffix("号") && lane.text.hasSuffix(lane.room ?? "?")
        })
        // Nowhere outside these two cities.
        XCTAssertTrue(addresses.filter { $0.street?.hasSuffix("胡同") == true }.allSatisfy { $0.province == "北京市" })
        XCTAssertTrue(addresses.filter { $0.number?.contains("弄") == true }.allSatisfy { $0.province == "上海市" })
    }
}
