import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// A branch leaks: direct plants at every entity, test orders platform → merchant → HQ → each branch,
/// and the list carries 30% of branch-2's canaries.
final class AttributionModelSingleSourceTests: XCTestCase {
    private let entities: [EntityID] = ["platform", "merchant-a", "courier-hq", "branch-1", "branch-2", "branch-3"]
    private var scenario = Scenario()
    private var found: [String] = []

    override func setUp() {
        scenario = Scenario()
        for entity in entities { scenario.plant(10, prefix: "d-\(entity)", visibleTo: [entity]) }
        for branch in ["branch-1", "branch-2", "branch-3"] as [EntityID] {
            scenario.plant(10, prefix: "p-\(branch)", visibleTo: ["platform", "merchant-a", "courier-hq", branch])
        }
        // 6 of branch-2's 20 canaries (30%); the latest of them planted on day 8.
        found = ["d-branch-2-00", "d-branch-2-03", "d-branch-2-06", "p-branch-2-01", "p-branch-2-04", "p-branch-2-07"]
        scenario.find(found)
    }

    func testNamesBranchTwoAloneWithExtremelyStrongSupport() {
        let analysis = AttributionModel(entities: entities).analyze(scenario.exposures)
        let attribution = analysis.attribution
        XCTAssertEqual(attribution.sources, ["branch-2"])
        XCTAssertEqual(attribution.sourceSet.map(\.entity), ["branch-2"])
        XCTAssertEqual(attribution.sourceSet[0].explains, found.sorted(), "no other source shares its hits")
        XCTAssertEqual(attribution.sourceSet[0].log10LR, analysis.log10LRAgainstNone["branch-2"]!, accuracy: 1.5,
                       "a lone member's LR is the set against none; it maximises coverage where the ranking integrates it")

        let best = attribution.ranking[0]
        XCTAssertEqual(best.entity, "branch-2")
        XCTAssertEqual(best.hits, 6)
        XCTAssertEqual(best.visible, 16, "canaries planted after day 8 are left out: the list may predate them")
        XCTAssertEqual(best.coverage, 6.0 / 16, accuracy: 1e-3)
        XCTAssertGreaterThan(best.log10LR, 6)
        XCTAssertEqual(best.support, .extremelyStrong)
        XCTAssertGreaterThan(best.posterior, 0.999_999)

        // The LR is against the best alternative, H_0 included.
        let alternatives = analysis.log10LRAgainstNone.filter { $0.key != "branch-2" }.map(\.value) + [0]
        XCTAssertEqual(best.log10LR, analysis.log10LRAgainstNone["branch-2"]! - alternatives.max()!, accuracy: 1e-9)
        XCTAssertEqual(attribution.ranking.map(\.entity).count, entities.count)
        XCTAssertTrue(attribution.ranking.dropFirst().allSatisfy { $0.log10LR < 0 })
    }

    func testWindowStartsAtTheLatestHitAndHasNoEndAtThisCoverage() {
        let window = AttributionModel(entities: entities).attribute(scenario.exposures).window
        XCTAssertEqual(window.after, Scenario.day(8))
        XCTAssertTrue(window.afterReason?.contains("p-branch-2-07") ?? false)
        // Four later canaries at a coverage whose 95% lower bound is near 0.2 are easily all missed.
        XCTAssertNil(window.before)
        XCTAssertTrue(window.beforeReason?.contains("does not bound") ?? false, window.beforeReason ?? "")
    }

    func testGuiltCrossCheckUsesHolderCounts() {
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)
        XCTAssertEqual(attribution.guilt.map(\.entity), entities)
        let branch2 = attribution.guilt.first { $0.entity == "branch-2" }!
        let hq = attribution.guilt.first { $0.entity == "courier-hq" }!
        // 3 direct hits held by branch-2 alone (|V| = 1), 3 path hits held by four entities (|V| = 4).
        let p = 0.5
        XCTAssertEqual(branch2.probability, 1 - pow(p, 3) * pow(1 - (1 - p) / 4, 3), accuracy: 1e-12)
        XCTAssertEqual(hq.probability, 1 - pow(1 - (1 - p) / 4, 3), accuracy: 1e-12)
        XCTAssertEqual(attribution.guilt.first { $0.entity == "branch-1" }!.probability, 0)
    }

    func testNoLimitationAtThisCoverage() {
        // Every entity has its own direct plants, and at coverage 0.375 missing all 16 of branch-1's
        // canaries has probability 0.0005: strong, not weak, evidence.
        XCTAssertEqual(AttributionModel(entities: entities).attribute(scenario.exposures).limitations, [])
    }
}
