import LeakTraceAttribution
import LeakTraceCore
import XCTest

/// Test orders alone cannot tell the stages of their path apart.
final class AttributionModelIndistinguishableTests: XCTestCase {
    func testOnlyPathPlantsLeaveTheWholePathIndistinguishable() {
        let path: [EntityID] = ["platform", "merchant-a", "courier-hq", "branch-1"]
        var scenario = Scenario()
        let ids = scenario.plant(20, prefix: "p", visibleTo: Set(path), sameDay: true)
        scenario.find(Array(ids.prefix(5)))
        let attribution = AttributionModel(entities: path).attribute(scenario.exposures)

        XCTAssertEqual(attribution.limitations.count, 1)
        let limitation = attribution.limitations[0]
        XCTAssertEqual(limitation.entities, path)
        XCTAssertEqual(limitation.statement,
                       "The hits cannot tell platform, merchant-a, courier-hq and branch-1 apart, because every canary visible to one of them is visible to all.")
        XCTAssertEqual(limitation.remedy,
                       "Plant directly at merchant-a, courier-hq and branch-1 (a direct plant at all but one of them separates every pair).")
        // Identical likelihoods: each is exactly as good as its twins, LR 1, ties in id order.
        XCTAssertEqual(attribution.ranking.map(\.entity), path.sorted())
        XCTAssertTrue(attribution.ranking.allSatisfy { abs($0.log10LR) < 1e-9 && $0.support == VerbalScale.none })
        XCTAssertEqual(attribution.sources.count, 1, "one source suffices; which one the hits cannot say")
    }

    func testHeadquartersAndItsOnlyBranchAreNamedAsAPair() {
        var scenario = Scenario()
        scenario.plant(10, prefix: "d-merchant", visibleTo: ["merchant-a"], sameDay: true)
        let path = scenario.plant(10, prefix: "p", visibleTo: ["merchant-a", "courier-hq", "branch-3"], sameDay: true)
        scenario.find(Array(path.prefix(4)))
        let entities: [EntityID] = ["merchant-a", "courier-hq", "branch-3"]
        let attribution = AttributionModel(entities: entities).attribute(scenario.exposures)

        XCTAssertEqual(attribution.limitations.map(\.entities), [["courier-hq", "branch-3"]])
        XCTAssertEqual(attribution.limitations[0].statement,
                       "The hits cannot tell courier-hq from branch-3, because no canary is visible to one and not the other.")
        XCTAssertEqual(attribution.limitations[0].remedy, "Plant directly at branch-3.")
        // merchant-a's own ten absent canaries separate it from the pair.
        // The pair ties exactly (LR 1 between them); merchant-a's ten absent direct canaries count against it.
        XCTAssertEqual(attribution.ranking.prefix(2).map(\.entity), ["branch-3", "courier-hq"])
        XCTAssertTrue(attribution.ranking.prefix(2).allSatisfy { abs($0.log10LR) < 1e-9 })
        XCTAssertLessThan(attribution.ranking.first { $0.entity == "merchant-a" }!.log10LR, 0)
    }

    func testCopyFlowTurnsTheRemedyToTheOtherEntity() throws {
        // branch-3's manifests are synced to HQ, so a direct plant at branch-3 would reach HQ too.
        let pipeline = Pipeline(
            name: "demo",
            entities: [
                Entity(id: "merchant-a", kind: .merchant, name: "商家A"),
                Entity(id: "courier-hq", kind: .courier, name: "快递总部"),
                Entity(id: "branch-3", kind: .branch, name: "网点3"),
            ],
            flows: [
                Flow(from: "merchant-a", to: "courier-hq"), Flow(from: "courier-hq", to: "branch-3"),
                Flow(from: "branch-3", to: "courier-hq", copy: true),
            ])
        try pipeline.validate()
        var scenario = Scenario()
        let path = scenario.plant(10, prefix: "p", visibleTo: pipeline.visibility(of: .path(["merchant-a", "courier-hq", "branch-3"])), sameDay: true)
        scenario.plant(10, prefix: "d-merchant", visibleTo: pipeline.visibility(of: .entity("merchant-a")), sameDay: true)
        scenario.find(Array(path.prefix(4)))
        let attribution = AttributionModel(pipeline: pipeline).attribute(scenario.exposures)
        XCTAssertEqual(attribution.limitations.map(\.entities), [["courier-hq", "branch-3"]])
        XCTAssertEqual(attribution.limitations[0].remedy, "Plant directly at courier-hq.")
    }

    func testAnEntityNobodyPlantedAtIsNamed() {
        var scenario = Scenario()
        scenario.plant(5, prefix: "d", visibleTo: ["merchant-a"], sameDay: true)
        let attribution = AttributionModel(entities: ["merchant-a", "branch-9"]).attribute(scenario.exposures)
        let limitation = attribution.limitations.first { $0.entities == ["branch-9"] }
        XCTAssertEqual(limitation?.statement, "No canary is visible to branch-9, so the hits can say nothing about it.")
        XCTAssertEqual(limitation?.remedy, "Plant directly at branch-9.")
    }
}
