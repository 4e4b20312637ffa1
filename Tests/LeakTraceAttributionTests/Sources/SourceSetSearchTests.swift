import LeakTraceAttribution
import LeakTraceCore
import XCTest

final class SourceSetSearchTests: XCTestCase {
    /// Three merchants; the list mixes two of them, and test orders through all three reach HQ.
    private func merged() -> [CanaryExposure] {
        var scenario = Scenario()
        for merchant in ["m-1", "m-2", "m-3"] as [EntityID] {
            scenario.plant(15, prefix: "d-\(merchant)", visibleTo: [merchant], sameDay: true)
            scenario.plant(5, prefix: "p-\(merchant)", visibleTo: [merchant, "hq"], sameDay: true)
        }
        scenario.plant(10, prefix: "d-hq", visibleTo: ["hq"], sameDay: true)
        scenario.find(["d-m-1-00", "d-m-1-05", "d-m-1-09", "p-m-1-02", "d-m-3-01", "d-m-3-07", "d-m-3-11"])
        return scenario.exposures
    }

    func testGreedySearchFindsTheExhaustiveAnswer() {
        let entities: [EntityID] = ["m-1", "m-2", "m-3", "hq"]
        let exact = AttributionModel(entities: entities).attribute(merged())
        var options = AttributionOptions.standard
        options.exactSearchLimit = 0
        let greedy = AttributionModel(entities: entities, options: options).attribute(merged())
        XCTAssertEqual(Set(exact.sources), ["m-1", "m-3"])
        XCTAssertEqual(greedy.sourceSet, exact.sourceSet)
    }

    func testMemberLRIsTheSetWithAgainstWithoutIt() {
        let entities: [EntityID] = ["m-1", "m-2", "m-3", "hq"]
        let attribution = AttributionModel(entities: entities).attribute(merged())
        let m3 = attribution.sourceSet.first { $0.entity == "m-3" }!
        // Without m-3, its three direct hits are coincidences; with it, m-3's coverage is 3/20.
        let alone = CoverageLikelihood(foundChances: Array(repeating: 1e-6, count: 3), missed: 17)
        XCTAssertEqual(m3.log10LR, alone.logRatio(at: alone.maximumLikelihoodCoverage) / log(10), accuracy: 1e-6,
                       "m-3 shares no hit with m-1, so its contribution is its own single-source maximum")
        XCTAssertEqual(m3.explains, ["d-m-3-01", "d-m-3-07", "d-m-3-11"])
    }

    func testAHeavyPenaltyKeepsOnlyTheStrongerSource() {
        var options = AttributionOptions.standard
        options.sourcePenaltyLog10 = 1_000
        options.minimumSourceLog10LR = 0
        let attribution = AttributionModel(entities: ["m-1", "m-2", "m-3", "hq"], options: options).attribute(merged())
        XCTAssertEqual(attribution.sources, [])
        // A penalty between the two members' own LRs keeps the stronger and drops the weaker.
        let members = AttributionModel(entities: ["m-1", "m-2", "m-3", "hq"]).attribute(merged()).sourceSet
        XCTAssertEqual(members.count, 2)
        XCTAssertGreaterThan(members[0].log10LR, members[1].log10LR + 0.5, "m-1 has four hits, m-3 three")
        options.sourcePenaltyLog10 = (members[0].log10LR + members[1].log10LR) / 2
        let one = AttributionModel(entities: ["m-1", "m-2", "m-3", "hq"], options: options).attribute(merged())
        XCTAssertEqual(one.sources, [members[0].entity])
    }
}
