import Dispatch
import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class CanaryDetailsTests: XCTestCase {
    /// Worked out on first use from many threads at once, every canary's details are what the
    /// normalisers give for it, whichever thread got there first.
    func testDetailsFromManyThreadsEqualTheNormalisedFields() {
        let names = ["林晓岚", "王 芳", "陳志華", "周小姐", "Lin Xiaolan"]
        let addresses = ["浙江省杭州市西湖区文三路100号", "江苏南京鼓楼区中山路8号", "人民路5号"]
        let people = (0..<600).map { PersonRecord(name: names[$0 % 5], phone: "138", address: addresses[$0 % 3] + "\($0)室") }
        let details = CanaryDetails(people: people)
        DispatchQueue.concurrentPerform(iterations: 8) { round in
            for slot in stride(from: round % 3, to: people.count, by: 2) { _ = details.details(at: slot) }
        }
        for (slot, person) in people.enumerated() {
            let d = details.details(at: slot)
            XCTAssertEqual(d.address, PlantedAddress(person.address), "slot \(slot)")
            XCTAssertEqual(d.name, CanaryDetails.normalizedName(person.name).scalars, "slot \(slot)")
            XCTAssertEqual(d.nameShare, NameFrequencies.standard.fullNameShare(d.name), "slot \(slot)")
        }
        XCTAssertEqual(String(String.UnicodeScalarView(details.details(at: 2).name)), "陈志华")
        XCTAssertEqual(String(String.UnicodeScalarView(details.details(at: 3).name)), "周小姐", "a masked name is scored as written, spaces dropped")
        XCTAssertEqual(CanaryDetails.normalizedName("王 芳").key, "王芳")
        XCTAssertNil(CanaryDetails.normalizedName("周小姐").key)
    }
}
