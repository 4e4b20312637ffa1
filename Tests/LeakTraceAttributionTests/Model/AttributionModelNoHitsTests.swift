import LeakTraceAttribution
import LeakTraceCore
import XCTest

final class AttributionModelNoHitsTests: XCTestCase {
    private let entities: [EntityID] = ["merchant-a", "courier-hq", "branch-1"]

    private func planted() -> Scenario {
        var scenario = Scenario()
        for entity in entities { scenario.plant(20, prefix: entity.rawValue, visibleTo: [entity]) }
        return scenario
    }

    func testNothingFoundNamesNoSourceAndNoWindow() {
        let analysis = AttributionModel(entities: entities).analyze(planted().exposures)
        let attribution = analysis.attribution
        XCTAssertEqual(attribution.sources, [])
        XCTAssertEqual(attribution.sourceSet, [])
        XCTAssertNil(attribution.window.after)
        XCTAssertNil(attribution.window.before)
        XCTAssertEqual(attribution.window.afterReason, "No canary was found, so nothing dates the list.")
        XCTAssertTrue(attribution.guilt.allSatisfy { $0.probability == 0 })
        // Under a uniform coverage prior, missing all 20 canaries is 21 times likelier under "none".
        for hypothesis in attribution.ranking {
            XCTAssertEqual(hypothesis.log10LR, -log10(21), accuracy: 1e-9)
            XCTAssertEqual(hypothesis.coverage, 0)
        }
        XCTAssertGreaterThan(analysis.nonePosterior, attribution.ranking[0].posterior)
        XCTAssertEqual(attribution.ranking.map(\.entity), entities.sorted())
    }

    func testNothingFoundStillWarnsThatAbsenceIsWeakAtLowCoverage() {
        let attribution = AttributionModel(entities: entities).attribute(planted().exposures)
        let note = attribution.limitations.first { $0.statement.hasPrefix("No canary was found, so coverage cannot be estimated.") }
        XCTAssertEqual(note?.entities, entities, "at the 10% reference coverage, 20 absent canaries give LR 8.2 only")
    }

    func testALoneHitLikelyByChanceNamesNoSource() {
        var scenario = Scenario()
        for entity in entities { scenario.plant(20, prefix: entity.rawValue, visibleTo: [entity], sameDay: true, chance: 0.3) }
        scenario.find(["merchant-a-05"])
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)
        XCTAssertEqual(attribution.sources, [], "one hit with q = 0.3 among 20 is what chance alone predicts")
        XCTAssertEqual(attribution.window.after, Scenario.day(1), "the window still reports the hit's plant time")
        XCTAssertEqual(attribution.window.beforeReason, "No source is named, so no absent canary bounds when the list was copied.")
    }

    func testAZeroChanceIsClampedNotInfinite() {
        var scenario = Scenario()
        let ids = scenario.plant(10, prefix: "merchant-a", visibleTo: ["merchant-a"], sameDay: true, chance: 0)
        scenario.find([ids[0]])
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)
        XCTAssertTrue(attribution.ranking.allSatisfy { $0.log10LR.isFinite && $0.posterior.isFinite })
        XCTAssertEqual(attribution.sources, ["merchant-a"])
    }
}
