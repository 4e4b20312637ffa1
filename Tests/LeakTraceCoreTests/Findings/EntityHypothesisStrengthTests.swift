import XCTest
@testable import LeakTraceCore

final class EntityHypothesisStrengthTests: XCTestCase {
    private func hypothesis(_ model: Double, court: Double?) -> EntityHypothesis {
        EntityHypothesis(entity: "branch-2", posterior: 0.9, log10LR: model, coverage: 0.5, hits: 5, visible: 10, conservativeLog10LR: court)
    }

    func testTheCourtFigureLeadsAndTheModelFigureFollows() {
        XCTAssertEqual(hypothesis(166.29, court: 4.99).strengthSummary,
                       "court log10 LR 4.99 (model 166.3): very strong support, 很强支持")
    }

    func testOlderFindingsFallBackToTheLabelledModelFigure() {
        XCTAssertEqual(hypothesis(2.5, court: nil).strengthSummary, "model log10 LR 2.5: moderately strong support, 较强支持")
    }

    func testDirectionAndNoSupportReadCorrectly() {
        XCTAssertEqual(hypothesis(0, court: 0).strengthSummary, "court log10 LR 0.00 (model 0.0): no support, 不支持")
        XCTAssertEqual(hypothesis(-166.3, court: -4.99).strengthSummary,
                       "court log10 LR -4.99 (model -166.3): very strong support for the alternative, 很强支持（支持对立假设）")
    }
}
