import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class RealismFeaturesTests: XCTestCase {
    func testTokensNameSurnameGivenCharactersPrefixDistrictAndShape() {
        let features = RealismFeatures()
        let tokens = features.tokens(for: PersonRecord(name: "陈志华", phone: "13957106215", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室"))
        for expected in ["s:陈", "glen:2", "g1:志", "g2:华", "p:139", "d:330106", "shape:urban", "bw:幢", "unit:1", "room:室"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) in \(tokens)")
        }
        let lane = features.tokens(for: PersonRecord(name: "欧阳娜", phone: "18600001234", address: "上海市黄浦区南京东路123弄45号601室"), includePhone: false)
        XCTAssertTrue(lane.contains("s:欧阳") && lane.contains("glen:1") && lane.contains("shape:lane"), "\(lane)")
        XCTAssertFalse(lane.contains { $0.hasPrefix("p:") })
    }

    func testEveryGeneratedAddressResolvesToItsDistrict() {
        let features = RealismFeatures()
        let generator = CanaryGenerator()
        for index in 0..<500 {
            let (person, address) = generator.draw(seed: TestSeeds.seed(index), phone: .synthetic)
            XCTAssertTrue(features.tokens(for: person).contains("d:" + address.divisionCode), person.address)
        }
    }
}
