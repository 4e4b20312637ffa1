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

    /// s-max against the same canaries split evenly over every entity, on the bundled playbook.
    /// What s-max promises, and this checks, is its own objective: the relative overlaps, largest
    /// first, end no higher than the even split's, and every pair a plant can separate is separated.
    /// It does NOT promise a larger smallest |Ri \ Rj| than the even split: it evens out ratios, so
    /// an entity holding few test orders (a branch) needs fewer canaries of its own to reach the same
    /// ratio, and on this playbook the even split's smallest |Ri \ Rj| is the larger one.
    func testSMaxAgainstAnEvenSplitOnTheBundledPlaybook() throws {
        for budget in [40, 120, 400, 1_000, 3_000] {
            let plan = try CampaignPlanner(pipeline: pipeline).plan(budget: budget, allocator: .sMax)
            XCTAssertEqual(plan.allocator, .sMax)
            XCTAssertLessThanOrEqual(plan.proposed, budget)
            // The even split gets the same canaries, all of them, over every entity in playbook order.
            let share = budget - plan.actions.filter { $0.kind != .direct }.map(\.count).reduce(0, +)
            let direct = plan.actions.filter { $0.kind == .direct }
            XCTAssertEqual(direct.isEmpty, share == 0, "budget \(budget)")
            XCTAssertTrue(direct.allSatisfy { $0.reason.hasPrefix("s-max: ") }, "\(budget)")
            var even = HoldingsModelBeforeDirect(pipeline: pipeline, plan: plan)
            var planned = even
            let agents = pipeline.entityIDs
            for (offset, agent) in agents.enumerated() {
                even.add(count: share / agents.count + (offset < share % agents.count ? 1 : 0), visibleTo: pipeline.visibility(of: .entity(agent)))
            }
            for action in direct { planned.add(count: action.count, visibleTo: pipeline.visibility(of: action.placement)) }
            let holders = Dictionary(uniqueKeysWithValues: agents.map { ($0, pipeline.visibility(of: .entity($0))) })
            let sMaxOverlaps = SMaxAllocator(model: planned, holders: holders).overlaps(adding: Array(repeating: false, count: agents.count))
            let evenOverlaps = SMaxAllocator(model: even, holders: holders).overlaps(adding: Array(repeating: false, count: agents.count))
            // branch-3 → HQ is a copy flow: that pair is left out, so once every entity has canaries
            // of its own the largest is below 1.
            if share > 0 { XCTAssertLessThan(sMaxOverlaps[0], 1, "budget \(budget)") }
            XCTAssertFalse(SMaxAllocator.isLower(evenOverlaps, than: sMaxOverlaps), "budget \(budget): \(sMaxOverlaps) against \(evenOverlaps)")
            if share > agents.count {
                XCTAssertTrue(SMaxAllocator.isLower(sMaxOverlaps, than: evenOverlaps), "budget \(budget): s-max should beat the even split on its own objective")
            }
            XCTAssertEqual(plan.largestOverlapAfter, sMaxOverlaps[0], accuracy: 1e-12)
            let sMaxSeparation = MinimumSeparation(pipeline: pipeline) { i, j in plan.separations.first { $0.entity == i && $0.other == j }!.exclusive }
            // With canaries left for the allocator, the separation step reached every entity.
            if share > 0 { XCTAssertGreaterThan(sMaxSeparation, 0, "budget \(budget): every pair a plant can separate is separated") }
        }
    }

    func testBadBudgetsAreRefused() {
        XCTAssertThrowsError(try CampaignPlanner(pipeline: pipeline).plan(budget: 0))
        XCTAssertThrowsError(try CampaignPlanner(pipeline: pipeline).plan(budget: 10, pathShare: 2))
    }
}

/// The holdings before the allocator ran: replacements, test orders and separation plants.
private func HoldingsModelBeforeDirect(pipeline: Pipeline, plan: CampaignPlan) -> HoldingsModel {
    var model = HoldingsModel(agents: pipeline.entityIDs)
    for action in plan.actions where action.kind != .direct {
        model.add(count: action.count, visibleTo: pipeline.visibility(of: action.placement))
    }
    return model
}

/// The smallest |Ri \ Rj| over pairs a plant can separate at all (j does not receive what is planted at i).
private func MinimumSeparation(pipeline: Pipeline, _ exclusive: (EntityID, EntityID) -> Int) -> Int {
    var smallest = Int.max
    for i in pipeline.entityIDs {
        for j in pipeline.entityIDs where j != i && !pipeline.visibility(of: .entity(i)).contains(j) {
            smallest = min(smallest, exclusive(i, j))
        }
    }
    return smallest
}

/// The holdings had the plan stopped after its test orders: what the direct plants must improve on.
private func HoldingsModelAfterTestOrdersOnly(pipeline: Pipeline, plan: CampaignPlan) -> HoldingsModel {
    var model = HoldingsModel(agents: pipeline.entityIDs)
    for action in plan.actions where action.kind == .testOrders {
        model.add(count: action.count, visibleTo: pipeline.visibility(of: action.placement))
    }
    return model
}
