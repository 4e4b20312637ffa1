import LeakTraceAttribution
import XCTest

final class CoverageLikelihoodTests: XCTestCase {
    /// Independent check of the exact integral: the midpoint rule on a fine grid, in log space.
    private func numericLogMarginal(_ evidence: CoverageLikelihood, prior: CoveragePrior, cells: Int = 200_000) -> Double {
        let width = 1.0 / Double(cells)
        let logNorm = lgamma(prior.alpha) + lgamma(prior.beta) - lgamma(prior.alpha + prior.beta)
        var values = [Double](repeating: 0, count: cells)
        for i in 0..<cells {
            let f = (Double(i) + 0.5) * width
            values[i] = evidence.logRatio(at: f) + (prior.alpha - 1) * log(f) + (prior.beta - 1) * log1p(-f) - logNorm
        }
        let peak = values.max()!
        return peak + log(values.reduce(0) { $0 + exp($1 - peak) } * width)
    }

    func testExactIntegralAgreesWithQuadrature() {
        let cases = [
            CoverageLikelihood(foundChances: [1e-6, 1e-6, 1e-6], missed: 17),
            CoverageLikelihood(foundChances: [1e-4, 3e-5, 0.02, 1e-6, 5e-3], missed: 40),
            CoverageLikelihood(foundChances: [0.3], missed: 2),
        ]
        for evidence in cases {
            let exact = evidence.logMarginalRatio(prior: .uniform)
            XCTAssertEqual(exact, numericLogMarginal(evidence, prior: .uniform), accuracy: 1e-4, "\(evidence)")
            // Jeffreys has an integrable spike at 0 that the midpoint rule only approaches; check loosely.
            XCTAssertEqual(evidence.logMarginalRatio(prior: .jeffreys), numericLogMarginal(evidence, prior: .jeffreys), accuracy: 5e-3)
        }
    }

    func testAbsenceUnderUniformPriorIsOneOverKPlusOne() {
        // ∫ (1−f)^K df = 1/(K+1).
        let evidence = CoverageLikelihood(foundChances: [], missed: 20)
        XCTAssertEqual(evidence.logMarginalRatio(prior: .uniform), -log(21), accuracy: 1e-12)
        XCTAssertEqual(evidence.maximumLikelihoodCoverage, 0)
    }

    func testMaximumLikelihoodCoverageIsTheHitShareWhenChanceIsTiny() {
        XCTAssertEqual(CoverageLikelihood(foundChances: [1e-9, 1e-9, 1e-9], missed: 17).maximumLikelihoodCoverage, 0.15, accuracy: 1e-6)
        XCTAssertEqual(CoverageLikelihood(foundChances: [1e-9, 1e-9], missed: 0).maximumLikelihoodCoverage, 1)
        // One hit as likely by chance as not among 19 misses: coverage 0 explains it best.
        XCTAssertEqual(CoverageLikelihood(foundChances: [0.3], missed: 19).maximumLikelihoodCoverage, 0)
    }

    func testRatioAtFixedCoverageIsTheCoincidenceLRUpToTheExactPresenceTerm() {
        let f = 0.1, q = 1e-4
        let evidence = CoverageLikelihood(foundChances: [q, q, q], missed: 17)
        let modelLog10 = evidence.logRatio(at: f) / log(10)
        let textbook = CoincidenceLR.log10LR(visible: 20, found: 3, coverage: f, chance: q)
        // The model uses f + (1−f)q for presence and 1 for the (1−q) factors that cancel.
        let correction = 3 * log10(1 + (1 - f) * q / f) - 17 * log10(1 / (1 - q))
        XCTAssertEqual(modelLog10, textbook + correction, accuracy: 1e-9)
    }

    func testLowerQuantileOfCompleteCoverageMatchesBetaClosedForm() {
        // All 20 found, q negligible: the posterior is Beta(21, 1), whose 5% quantile is 0.05^(1/21).
        let evidence = CoverageLikelihood(foundChances: Array(repeating: 1e-12, count: 20), missed: 0)
        XCTAssertEqual(evidence.coverageQuantile(0.05, prior: .uniform), pow(0.05, 1.0 / 21), accuracy: 2e-4)
        XCTAssertEqual(evidence.coverageQuantile(0.5, prior: .uniform), pow(0.5, 1.0 / 21), accuracy: 2e-4)
    }

    func testQuantileResolvesANarrowPosterior() {
        // 2,000 of 2,000 found: Beta(2001, 1), 5% quantile 0.05^(1/2001) ≈ 0.9985, a peak 0.0005 wide.
        let evidence = CoverageLikelihood(foundChances: Array(repeating: 1e-12, count: 2_000), missed: 0)
        XCTAssertEqual(evidence.coverageQuantile(0.05, prior: .uniform), pow(0.05, 1.0 / 2001), accuracy: 2e-6)
        // 100 of 10,000: posterior ≈ Beta(101, 9901), centred on 0.01 with sd ≈ 0.001.
        let sparse = CoverageLikelihood(foundChances: Array(repeating: 1e-12, count: 100), missed: 9_900)
        let median = sparse.coverageQuantile(0.5, prior: .uniform)
        XCTAssertEqual(median, 100.67 / 10_002, accuracy: 2e-5, "Beta(101, 9901) median ≈ (a − 1/3)/(a + b − 2/3)")
    }

    func testManyHitsStayFinite() {
        let evidence = CoverageLikelihood(foundChances: Array(repeating: 1e-8, count: 300), missed: 700)
        let value = evidence.log10MarginalRatio(prior: .uniform)
        XCTAssertTrue(value.isFinite)
        XCTAssertGreaterThan(value, 300 * 7, "300 hits at q = 1e-8 outweigh 700 misses at coverage 0.3 by far")
    }
}
