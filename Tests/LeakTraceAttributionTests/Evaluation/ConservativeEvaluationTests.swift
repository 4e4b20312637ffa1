import Foundation
import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// The LR put to the court, pinned by hand-computed vectors.
///
/// Worked example: entities a and b. Batch A, four canaries only a holds, planted together, all found;
/// batch B, four only b holds, none found; q = 1e-6 each, uniform prior on coverage.
/// - Model: a's ratio against H_0 is Σ_j C(4,j) r^j/(j+1) with r = (1−q)/q, log10 23.30103; b's is
///   B(1,5)/B(1,1) = 1/5. So log10 LR(a) = 23.30103 and log10 LR(b) = log10(1/5) − 23.30103 = −24.00000.
/// - Conservative: q becomes 1e-5, each batch one observation with q_A = 1 − (1 − 1e-5)^4. a's ratio is
///   1 + r_A/2 (log10 4.09693), b's is 1/2. Bounded by failure 1e-5: a −log10(1/(1 + r_A/2) + 1e-5)
///   = 4.04578 (very strong, no longer extremely strong); b −log10(10^−4.39796 + 1e-5) = −4.30105.
final class ConservativeEvaluationTests: XCTestCase {
    private func workedExample() -> [CanaryExposure] {
        var scenario = Scenario()
        let held = scenario.plant(4, prefix: "a", visibleTo: ["a"], sameDay: true)
        scenario.plant(4, prefix: "b", visibleTo: ["b"], sameDay: true)
        scenario.find(held)
        return scenario.exposures
    }

    func testWorkedExampleModelAndCourtFigures() throws {
        let attribution = AttributionModel(entities: ["a", "b"]).attribute(workedExample())
        let a = try XCTUnwrap(attribution.ranking.first { $0.entity == "a" })
        let b = try XCTUnwrap(attribution.ranking.first { $0.entity == "b" })
        XCTAssertEqual(a.log10LR, 23.30103, accuracy: 1e-4)
        XCTAssertEqual(b.log10LR, -24.00000, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(a.conservativeLog10LR), 4.04578, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(b.conservativeLog10LR), -4.30105, accuracy: 1e-4)
        XCTAssertEqual(a.support, .extremelyStrong)
        XCTAssertEqual(a.conservativeSupport, .veryStrong)
        XCTAssertEqual(attribution.conservative, .standard)
    }

    func testManyHitsInManyBatchesStayBelowTheAssumptionFailureBound() throws {
        var scenario = Scenario()
        for batch in 0..<6 {
            scenario.find(scenario.plant(10, prefix: "a\(batch)", visibleTo: ["a"], firstDay: batch, sameDay: true))
        }
        scenario.plant(30, prefix: "b", visibleTo: ["b"], sameDay: true)
        let a = try XCTUnwrap(AttributionModel(entities: ["a", "b"]).attribute(scenario.exposures).ranking.first)
        XCTAssertEqual(a.entity, "a")
        XCTAssertGreaterThan(a.log10LR, 100, "sixty hits at 1e-6 multiply to an astronomical model LR")
        let court = try XCTUnwrap(a.conservativeLog10LR)
        XCTAssertLessThanOrEqual(court, 5, "never above 1/assumptionFailure = 10^5")
        XCTAssertGreaterThan(court, 4.99)
        XCTAssertEqual(a.conservativeSupport, .veryStrong)
    }

    func testDependenceOffAndNoInflationLeavesOnlyTheBound() throws {
        var options = AttributionOptions.standard
        options.conservative = ConservativeAssumptions(batchesDependent: false, chanceInflation: 1, assumptionFailure: 1e-5)
        let a = try XCTUnwrap(AttributionModel(entities: ["a", "b"], options: options).attribute(workedExample()).ranking.first)
        // −log10(10^−23.30103 + 1e-5) = 5 to within 1e-18.
        XCTAssertEqual(try XCTUnwrap(a.conservativeLog10LR), 5, accuracy: 1e-9)
    }

    func testEachMemberOfAMergedSetGetsItsOwnCourtFigure() throws {
        var scenario = Scenario()
        let a = scenario.plant(12, prefix: "a", visibleTo: ["merchant-a"], sameDay: true)
        let b = scenario.plant(12, prefix: "b", visibleTo: ["merchant-b"], sameDay: true)
        scenario.plant(12, prefix: "c", visibleTo: ["merchant-c"], sameDay: true)
        scenario.find(Array(a.prefix(4)) + Array(b.prefix(4)))
        let attribution = AttributionModel(entities: ["merchant-a", "merchant-b", "merchant-c"]).attribute(scenario.exposures)
        XCTAssertEqual(attribution.sources, ["merchant-a", "merchant-b"])
        for member in attribution.sourceSet {
            let court = try XCTUnwrap(member.conservativeLog10LR)
            // On the pessimistic reading each member has one batch, found: a single observation at
            // q ≈ 1.2e-4, far weaker than four independent hits at 1e-6 each.
            XCTAssertGreaterThan(member.log10LR, 15)
            XCTAssertGreaterThan(court, 1, "one independent observation at q ≈ 1.2e-4 is still evidence")
            XCTAssertLessThan(court, 5)
        }
    }
}
