import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// A broker merged two merchants' lists: each carries 30% of one merchant's direct canaries.
final class AttributionModelMergedSourcesTests: XCTestCase {
    private let entities: [EntityID] = ["platform", "merchant-a", "merchant-b", "courier-hq", "branch-1"]

    private func scenario() -> (Scenario, a: [String], b: [String]) {
        var scenario = Scenario()
        var direct: [EntityID: [String]] = [:]
        for entity in entities { direct[entity] = scenario.plant(20, prefix: "d-\(entity)", visibleTo: [entity], sameDay: true) }
        scenario.plant(10, prefix: "p-a", visibleTo: ["platform", "merchant-a", "courier-hq", "branch-1"], sameDay: true)
        scenario.plant(10, prefix: "p-b", visibleTo: ["platform", "merchant-b", "courier-hq", "branch-1"], sameDay: true)
        let a = stride(from: 0, to: 20, by: 3).prefix(6).map { direct["merchant-a"]![$0] }
        let b = stride(from: 1, to: 20, by: 3).prefix(6).map { direct["merchant-b"]![$0] }
        scenario.find(a + b)
        return (scenario, a, b)
    }

    func testBothMerchantsAreNamedEachWithItsOwnHits() {
        let (scenario, a, b) = scenario()
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)
        XCTAssertEqual(Set(attribution.sources), ["merchant-a", "merchant-b"])
        XCTAssertEqual(attribution.sourceSet.first { $0.entity == "merchant-a" }?.explains, a.sorted())
        XCTAssertEqual(attribution.sourceSet.first { $0.entity == "merchant-b" }?.explains, b.sorted())
        for member in attribution.sourceSet {
            XCTAssertGreaterThan(member.log10LR, 6, "six hits at q = 1e-6 that nothing else explains")
        }
        // Symmetric evidence: equal member LRs, so the tie is broken by entity id.
        XCTAssertEqual(attribution.sources, ["merchant-a", "merchant-b"])
    }

    func testNoSingleEntityExplainsTheListWell() {
        let (scenario, _, _) = scenario()
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)
        // Each merchant alone must call the other's six hits coincidences.
        XCTAssertEqual(Set(attribution.ranking.prefix(2).map(\.entity)), ["merchant-a", "merchant-b"])
        XCTAssertEqual(attribution.ranking[0].log10LR, 0, accuracy: 1e-9, "the two single-source hypotheses tie")
        XCTAssertEqual(attribution.ranking[0].entity, "merchant-a")
    }
}
