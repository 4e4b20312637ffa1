import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class MaskViewTests: XCTestCase {
    private let person = PersonRecord(name: "陈志华", phone: "13957106215", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室")

    func testEachViewShowsWhatItsMaskLeaves() {
        XCTAssertEqual(MaskView.gbt41833.key(for: person), "陈*华|139******15|浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskView.legacyFourDigit.key(for: person), "陈**|139****6215|浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskView.virtualNumber.key(for: person), "陈*华|浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskView.surnameOnly.key(for: person), "陈**|浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskView.gbt41833.key(for: person), MaskedCollisionKey.key(for: person))
        XCTAssertNil(MaskView.virtualNumber.phone(person.phone))
    }

    func testAMaskedRecordHasTheSameViewAsTheWholeOne() {
        // What a leak prints is read back under the same view: the key survives the mask.
        let printed = PersonRecord(name: "陈*华", phone: "139******15", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢")
        XCTAssertEqual(MaskView.gbt41833.key(for: printed), MaskView.gbt41833.key(for: person))
        let legacy = PersonRecord(name: "陈**", phone: "139****6215", address: person.address)
        XCTAssertEqual(MaskView.legacyFourDigit.key(for: legacy), MaskView.legacyFourDigit.key(for: person))
    }

    func testSurnameOnlyIsTheCoarsestView() {
        // Records equal under any view are equal under surname-only, so keeping surname-only keys
        // unique keeps every view unique.
        let generator = CanaryGenerator()
        for index in 0..<2_000 {
            let a = generator.person(seed: TestSeeds.seed(index), phone: .pool(["13900000001", "13900000002"]))
            let b = PersonRecord(name: a.name, phone: "13900000003", address: a.address)
            XCTAssertEqual(MaskView.surnameOnly.key(for: a), MaskView.surnameOnly.key(for: b))
            XCTAssertNotEqual(MaskView.gbt41833.key(for: a), MaskView.gbt41833.key(for: b))
        }
        let variants = [
            PersonRecord(name: "陈智华", phone: "13900000015", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢1单元702室"),
            PersonRecord(name: "陈志民", phone: "13957106215", address: person.address),
            PersonRecord(name: "陈志华", phone: "18657106215", address: person.address),
        ]
        for variant in variants {
            for view in MaskView.allCases where view.key(for: variant) == view.key(for: person) {
                XCTAssertEqual(MaskView.surnameOnly.key(for: variant), MaskView.surnameOnly.key(for: person), "\(view) \(variant)")
            }
        }
    }
}
