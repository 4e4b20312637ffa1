import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class MatchWeightsTests: XCTestCase {
    let weights = MatchWeights.standard

    func testMaskedPhoneWeightGrowsWithVisibleDigits() {
        XCTAssertEqual(weights.maskedPhoneU(visibleDigits: 5), 1e-3, accuracy: 1e-15)
        XCTAssertEqual(weights.maskedPhoneU(visibleDigits: 7), 1e-5, accuracy: 1e-15)
        XCTAssertEqual(weights.maskedPhoneU(visibleDigits: 1), 0.5)
        let weightsByVisible = (1...10).map { weights.phoneScore(.masked, visibleDigits: $0).weight }
        XCTAssertEqual(weightsByVisible, weightsByVisible.sorted())
        XCTAssertLessThan(weightsByVisible.last!, weights.phoneScore(.exact).weight)
    }

    func testMaskedNameChanceDependsOnWhatIsVisible() {
        // The worst case (王, then the commonest given character) bounds every term frequency.
        XCTAssertEqual(weights.maskedNameU(showsSurname: true, otherVisible: 0), 0.0717, accuracy: 1e-15)
        XCTAssertEqual(weights.maskedNameU(showsSurname: true, otherVisible: 1), 0.0717 * 0.025, accuracy: 1e-15)
        XCTAssertEqual(weights.maskedNameU(showsSurname: false, otherVisible: 1), 0.025, accuracy: 1e-15)
        XCTAssertGreaterThan(weights.nameScore(.exact).weight, weights.nameScore(.masked, otherVisible: 1).weight)
    }

    private func scores(
        _ phone: FieldAgreement, visible: Int = 11, _ name: FieldAgreement, surnameOnly: Bool = false,
        _ address: FieldAgreement
    ) -> FieldScores {
        FieldScores(
            phone: weights.phoneScore(phone, visibleDigits: visible),
            name: weights.nameScore(name, showsSurname: true, otherVisible: surnameOnly ? 0 : 1),
            address: weights.addressScore(address))
    }

    func testDecisionRules() {
        let table: [(FieldScores, Bool, Bool, String)] = [
            (scores(.exact, .exact, .exact), false, true, "a: all exact"),
            (scores(.exact, .masked, surnameOnly: true, .masked), false, true, "b: GB/T waybill with the full number"),
            (scores(.masked, visible: 5, .masked, surnameOnly: true, .masked), false, true, "c: GB/T waybill"),
            (scores(.masked, visible: 7, .missing, .missing), false, false, "d: masked phone alone"),
            (scores(.masked, visible: 7, .disagree, .disagree), false, false, "e: decoy"),
            (scores(.masked, visible: 7, .masked, surnameOnly: true, .disagree), false, false, "e: decoy, masked name"),
            (scores(.exact, .disagree, .disagree), false, false, "pool number, someone else"),
            (scores(.exact, .disagree, .disagree), true, false, "shared pool number, someone else"),
            (scores(.exact, .missing, .missing), true, false, "shared pool number alone"),
            (scores(.exact, .missing, .missing), false, false, "one number alone stays below 32 bits"),
            (scores(.exact, .exact, .missing), true, true, "pool number with the name"),
            (scores(.missing, .exact, .exact), false, true, "no phone, name and address"),
            (scores(.missing, .exact, .missing), false, false, "name alone"),
            (scores(.missing, .masked, surnameOnly: true, .masked), false, false, "surname and building"),
            (scores(.masked, visible: 7, .exact, .missing), false, false, "masked phone and a name: too common a pair"),
        ]
        for (s, shared, expected, label) in table {
            XCTAssertEqual(weights.accepts(s, phoneShared: shared), expected, "\(label): \(s.total) bits")
        }
    }

    func testChanceMatchProbabilityUsesTheWeakestAcceptedPattern() throws {
        let weakest = try XCTUnwrap(weights.weakestAcceptedPattern())
        XCTAssertTrue(weights.accepts(weakest, phoneShared: false))
        // Every accepted pattern weighs at least the threshold, and m ≤ 1, so u_record ≤ 2^−threshold.
        XCTAssertLessThanOrEqual(weakest.coincidence, exp2(-weights.threshold))
        XCTAssertEqual(weights.chanceMatchProbability(listSize: 619_109), 619_109 * weakest.coincidence, accuracy: 1e-18)
        XCTAssertEqual(weights.chanceMatchProbability(listSize: 0), 0)
        XCTAssertEqual(weights.chanceMatchProbability(listSize: Int.max), 1)

        var stricter = weights
        stricter.threshold = 40
        XCTAssertLessThan(stricter.chanceMatchProbability(listSize: 619_109), weights.chanceMatchProbability(listSize: 619_109))
        var impossible = weights
        impossible.threshold = 1_000
        XCTAssertNil(impossible.weakestAcceptedPattern())
        XCTAssertEqual(impossible.chanceMatchProbability(listSize: 100), 0)
    }
}
