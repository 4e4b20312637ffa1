import XCTest
@testable import LeakTraceMatching

final class FellegiSunterTests: XCTestCase {
    /// BACKGROUND.md "Fellegi–Sunter weights".
    func testWeightVectors() {
        XCTAssertEqual(FellegiSunter.agreementWeight(m: 0.95, u: 1e-4), 13.213712, accuracy: 1e-6)
        XCTAssertEqual(FellegiSunter.agreementWeight(m: 0.05, u: 0.9999), -4.321784, accuracy: 1e-6)
        XCTAssertEqual(FellegiSunter.disagreementWeight(m: 0.95, u: 1e-4), -4.321784, accuracy: 1e-6)
        XCTAssertEqual(LevelProbabilities(m: 0.95, u: 1e-4).weight, 13.213712, accuracy: 1e-6)
    }

    func testMatchProbabilityVectors() {
        let table: [(Double, Double)] = [(0, 0.5), (2, 0.8), (3, 0.888889), (4, 0.941176), (7, 0.992248)]
        for (m, p) in table {
            XCTAssertEqual(FellegiSunter.matchProbability(weight: m), p, accuracy: 1e-6, "M = \(m)")
        }
        // The prior shifts M by log2(λ/(1−λ)): λ = 0.2 takes 2 bits away.
        XCTAssertEqual(FellegiSunter.matchProbability(weight: 2, prior: 0.2), 0.5, accuracy: 1e-12)
        XCTAssertEqual(FellegiSunter.matchProbability(weight: 2000), 1, accuracy: 1e-12)
    }
}
