import LeakTraceAttribution
import LeakTraceCore
import XCTest

final class EvaluativeStatementTests: XCTestCase {
    /// ENFSI (2015): 2–10 weak, 10–100 moderate, 100–1,000 moderately strong, 1,000–10,000 strong,
    /// 10,000–1,000,000 very strong, above extremely strong.
    func testVerbalScaleFollowsTheENFSITable() {
        let table: [(lr: Double, scale: VerbalScale)] = [
            (1.5, .none), (2.5, .weak), (8.2, .weak), (50, .moderate), (500, .moderatelyStrong),
            (5_000, .strong), (500_000, .veryStrong), (1.67e14, .extremelyStrong),
        ]
        for row in table {
            XCTAssertEqual(EvaluativeStatement(entity: "branch-2", log10LR: log10(row.lr)).support, row.scale, "LR \(row.lr)")
            // An LR below 1 supports the alternative to the same degree.
            XCTAssertEqual(EvaluativeStatement(entity: "branch-2", log10LR: -log10(row.lr)).support, row.scale, "LR 1/\(row.lr)")
        }
    }

    func testStatementNamesBothPropositionsAndTheFavouredOne() {
        let forIt = EvaluativeStatement(entity: "branch-2", log10LR: log10(1.67e14))
        XCTAssertTrue(forIt.english.contains("1.7 × 10^14 times more probable if the list derives from branch-2's data"))
        XCTAssertTrue(forIt.english.contains("extremely strong support to the first proposition"))
        XCTAssertTrue(forIt.chinese.contains("极强支持"))

        let against = EvaluativeStatement(entity: "courier-hq", log10LR: -log10(8.2))
        XCTAssertTrue(against.english.contains("about 8.2 times more probable if it derives from another entity"))
        XCTAssertTrue(against.english.contains("weak support to the second proposition"))

        for statement in [forIt, against] {
            XCTAssertFalse(statement.english.lowercased().contains("probability that"), "never the probability of a proposition")
        }
    }

    func testFormattingOfRatios() {
        XCTAssertEqual(EvaluativeStatement.formatLR(log10(8.2)), "8.2")
        XCTAssertEqual(EvaluativeStatement.formatLR(log10(350)), "350")
        XCTAssertEqual(EvaluativeStatement.formatLR(log10(99.7)), "100")
        XCTAssertEqual(EvaluativeStatement.formatLR(log10(1.67e14)), "1.7 × 10^14")
        XCTAssertEqual(EvaluativeStatement.formatLR(log10(9.99e14)), "1.0 × 10^15")
    }

    func testAHypothesisIsStatedWithItsConservativeLR() {
        let hypothesis = EntityHypothesis(entity: "branch-2", posterior: 1, log10LR: 166.3, coverage: 0.5, hits: 56, visible: 110,
                                          conservativeLog10LR: log10(97_494))
        let statement = EvaluativeStatement(hypothesis: hypothesis)
        XCTAssertEqual(statement.support, .veryStrong)
        XCTAssertTrue(statement.english.contains("about 9.7 × 10^4 times more probable"), statement.english)
        XCTAssertTrue(statement.chinese.contains("很强支持"), statement.chinese)
        XCTAssertFalse(statement.english.contains("10^166"))
    }
}
