import XCTest
import LeakTraceCore
import LeakTraceGeneration

final class CourierTests: XCTestCase {
    func testWaybillsHaveEachCouriersShape() {
        var rng = DeterministicRandom(seed: 4)
        for _ in 0..<200 {
            let sf = Courier.sf.waybill(using: &rng)
            XCTAssertTrue(sf.hasPrefix("SF") && sf.count == 15 && sf.dropFirst(2).allSatisfy(\.isNumber), sf)
            let yto = Courier.yto.waybill(using: &rng)
            XCTAssertTrue(yto.hasPrefix("YT") && yto.count == 15 && yto.dropFirst(2).allSatisfy(\.isNumber), yto)
            let zto = Courier.zto.waybill(using: &rng)
            XCTAssertTrue(zto.hasPrefix("7") && zto.count == 14 && zto.allSatisfy(\.isNumber), zto)
            let sto = Courier.sto.waybill(using: &rng)
            XCTAssertTrue(sto.hasPrefix("77") && sto.count == 15 && sto.allSatisfy(\.isNumber), sto)
            let yunda = Courier.yunda.waybill(using: &rng)
            XCTAssertTrue(yunda.hasPrefix("4") && yunda.count == 15 && yunda.allSatisfy(\.isNumber), yunda)
            let jd = Courier.jd.waybill(using: &rng)
            XCTAssertTrue(jd.hasPrefix("JDV") && jd.count == 15 && jd.dropFirst(4).allSatisfy(\.isNumber), jd)
            let ems = Courier.ems.waybill(using: &rng)
            XCTAssertTrue(ems.hasPrefix("98") && ems.count == 13 && ems.allSatisfy(\.isNumber), ems)
            for courier in Courier.allCases {
                let waybill = courier.waybill(using: &rng)
                XCTAssertEqual(Courier(recognising: waybill), courier, waybill)
            }
        }
    }

    func testRecognisingRejectsOtherShapes() {
        XCTAssertEqual(Courier(recognising: "SF1402345678901"), .sf)
        XCTAssertEqual(Courier(recognising: "73100012345678"), .zto)
        XCTAssertEqual(Courier(recognising: "771234567890123"), .sto)
        for text in ["SF140234567890", "SF14023456789012", "SF9402345678901", "YT12", "7210001234567", "13800138000", "JDVZ12345678901", ""] {
            XCTAssertNil(Courier(recognising: text), text)
        }
    }
}
