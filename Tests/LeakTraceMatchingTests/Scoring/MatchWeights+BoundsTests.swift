import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

/// The bound lets the matcher skip canaries found by name alone; it must never be below what
/// scoring gives such a canary.
final class MatchWeightsBoundsTests: XCTestCase {
    private let weights = MatchWeights.standard

    func testNoScoredCandidateWeighsMoreThanItsBound() {
        let people = [
            PersonRecord(name: "覃晓岚", phone: "13810370278", address: "四川省成都市武侯区人民南路4段12号"),
            PersonRecord(name: "王芳", phone: "13810370278", address: "江苏省南京市鼓楼区中山路8号"),
            PersonRecord(name: "欧阳志华", phone: "13899990278", address: "浙江省杭州市西湖区文三路100号"),
        ]
        let matcher = RecordMatcher(index: CanaryIndex(people.enumerated().map { (id: "c\($0.offset)", person: $0.element) }))
        let names = ["覃晓岚", "覃*岚", "覃**", "王芳", "王*", "欧阳**", "欧阳志*", "*晓岚"]
        let phones = ["138******78", "1381037**78", "138****0278", "13810370**8"]
        var compared = 0
        for name in names {
            for phone in phones {
                let record = SeizedRecord(number: 1, cells: [], name: name, phone: phone, address: "广东省深圳市南山区科技路1号", seen: "t")
                let fields = RecordFields(record)
                let observations = RecordMatcher.phoneObservations(record)
                for candidate in matcher.candidates(in: record) {
                    let bound = weights.bestWeight(maskedPhones: observations, names: fields.names, address: candidate.scores.address)
                    XCTAssertLessThanOrEqual(candidate.scores.total, bound, "\(name) \(phone) \(candidate.canaryID)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 40)
    }

    func testFiveVisibleDigitsAndANameCannotOutweighADisagreeingAddress() {
        let masked = [PhoneNormalizer.observe("138******78")!]
        let visibleNine = [PhoneNormalizer.observe("1381037**78")!]
        let name = [NameNormalizer.observe("林晓岚")!]
        let disagree = weights.addressScore(.disagree)
        XCTAssertLessThan(weights.bestWeight(maskedPhones: masked, names: name, address: disagree), weights.threshold)
        XCTAssertLessThan(weights.bestWeight(maskedPhones: masked, names: name, address: .missing), weights.threshold)
        XCTAssertGreaterThanOrEqual(weights.bestWeight(maskedPhones: visibleNine, names: name, address: disagree), weights.threshold,
                                    "nine visible digits and a rare full name can make a hit on their own")
    }
}
