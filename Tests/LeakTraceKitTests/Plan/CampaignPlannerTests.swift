import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class CampaignPlannerTests: XCTestCase {
    private let pipeline = try! PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")

    func testAFreshPlanTellsEveryEntityApartWithinTheBudget() throws {
        let plan = try CampaignPlanner(pipeline: pipeline).plan(budget: 600)
        XCTAssertEqual(plan.proposed, 600)
        // The bundled playbook copies branch-3's data to HQ, so HQ holds every canary branch-3 holds:
        // no plant can separate that one direction, and the plan must say so rather than hide it.
        XCTAssertEqual(plan.indistinguishable.map { "\($0.entity)>\($0.other)" }, ["branch-3>courier-hq"])
        XCTAssertEqual(plan.separations.count, 7 * 6)
        XCTAssertEqual(plan.actions.filter { $0.kind == .testOrders }.count, 6, "one line per complete path")
        // Merchants and branches sit inside the platform and HQ: each gets canaries of its own.
        for entity in ["merchant-yiwu", "merchant-shenzhen", "branch-1", "branch-2", "branch-3"] {
            XCTAssertGreaterThan(plan.actions.filter { $0.placement == .entity(EntityID(rawValue: entity)) }.map(\.count).reduce(0, +), 0, entity)
        }
        XCTAssertLessThan(plan.objectiveAfter, HoldingsModelAfterTestOrdersOnly(pipeline: pipeline, plan: plan).objective)
        XCTAssertTrue(plan.text().contains("cannot tell branch-3 from courier-hq"), plan.text())
        XCTAssertTrue(plan.actions.allSatisfy { !$0.reason.isEmpty })
    }

    func testBurnedCanariesAreReplacedFirst() throws {
        let fixture = try PlantFixture("plan")
        defer { fixture.folder.remove() }
        let planted = try fixture.plant(.entity("branch-2"), count: 10, file: "b.csv")
        try fixture.workspace.registry.burn(canaryIDs: Array(planted.canaries.prefix(3).map(\.id)), actor: "t", reason: "disclosed in a report")
        let plan = try CampaignPlanner(workspace: fixture.workspace).plan(budget: 50)
        XCTAssertEqual(plan.burnedCanaryIDs, Array(planted.canaries.prefix(3).map(\.id)))
        XCTAssertEqual(plan.actions.first?.kind, .replacement)
        XCTAssertEqual(plan.actions.first?.placement, .entity("branch-2"))
        XCTAssertEqual(plan.actions.first?.count, 3)
        XCTAssertLessThanOrEqual(plan.proposed, 50)
        XCTAssertTrue(plan.text().contains("burned canaries needing replacement: 3"))
    }

    func testBadBudgetsAreRefused() {
        XCTAssertThrowsError(try CampaignPlanner(pipeline: pipeline).plan(budget: 0))
        XCTAssertThrowsError(try CampaignPlanner(pipeline: pipeline).plan(budget: 10, pathShare: 2))
    }
}

/// The holdings had the plan stopped after its test orders: what the direct plants must improve on.
private func HoldingsModelAfterTestOrdersOnly(pipeline: Pipeline, plan: CampaignPlan) -> HoldingsModel {
    var model = HoldingsModel(agents: pipeline.entityIDs)
    for action in plan.actions where action.kind == .testOrders {
        model.add(count: action.count, visibleTo: pipeline.visibility(of: action.placement))
    }
    return model
}
