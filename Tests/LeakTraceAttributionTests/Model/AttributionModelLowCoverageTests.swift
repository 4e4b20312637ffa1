import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// The list carries 10% of shop-a's canaries; shop-b's 20 are all absent, which at that coverage
/// exonerates shop-b only weakly (BACKGROUND: K = 20, k = 0, f = 0.1 → LR ≈ 8.2).
final class AttributionModelLowCoverageTests: XCTestCase {
    private func exposures() -> [CanaryExposure] {
        var scenario = Scenario()
        let a = scenario.plant(20, prefix: "a", visibleTo: ["shop-a"], sameDay: true)
        scenario.plant(20, prefix: "b", visibleTo: ["shop-b"], sameDay: true)
        scenario.find([a[4], a[15]])
        return scenario.exposures
    }

    func testAbsenceIsCalledWeakWithItsLR() {
        let attribution = AttributionModel(entities: ["shop-a", "shop-b"]).attribute(exposures())
        XCTAssertEqual(attribution.sources, ["shop-a"])
        XCTAssertEqual(attribution.ranking[0].coverage, 0.1, accuracy: 1e-4)

        let note = attribution.limitations.first { $0.entities == ["shop-b"] }
        XCTAssertNotNil(note)
        let expectedLR = 1 / CoincidenceLR.lr(visible: 20, found: 0, coverage: attribution.ranking[0].coverage, chance: 1e-6)
        XCTAssertEqual(expectedLR, 8.2, accuracy: 0.05)
        XCTAssertTrue(note!.statement.contains("weak evidence"), note!.statement)
        XCTAssertTrue(note!.statement.contains("0 of 20 found"), note!.statement)
        XCTAssertTrue(note!.statement.contains(String(format: "LR of only %.1f", expectedLR)), note!.statement)
        XCTAssertEqual(note!.remedy, "Plant more canaries at shop-b, so that a partial copy cannot miss them all by chance.")
    }

    func testAbsenceIsNotCalledWeakAtHighCoverage() {
        var scenario = Scenario()
        let a = scenario.plant(20, prefix: "a", visibleTo: ["shop-a"], sameDay: true)
        scenario.plant(20, prefix: "b", visibleTo: ["shop-b"], sameDay: true)
        scenario.find(Array(a.prefix(12)))
        let attribution = AttributionModel(entities: ["shop-a", "shop-b"]).attribute(scenario.exposures)
        XCTAssertTrue(attribution.limitations.isEmpty, "at coverage 0.6, missing 20 by chance has probability 1e-8")
    }
}
