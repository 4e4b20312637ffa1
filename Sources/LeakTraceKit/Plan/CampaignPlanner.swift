import LeakTraceCore
import LeakTraceRegistry

/// Proposes how many canaries to plant where, so that every entity can be told apart from every
/// other, following Papadimitriou & Garcia-Molina's allocation (IEEE TKDE 2011).
///
/// Steps, each explained in the plan:
/// 1. **Replacements**: burned canaries (disclosed in a report) are replaced at their placement first.
/// 2. **Test orders**: `pathShare` of what is left goes, evenly, to every complete order path. They
///    travel the real flow, so they check each entity's intake; but every entity on the path holds
///    them, which is exactly the overlap that hides who leaked.
/// 3. **Separation**: an entity whose canaries another entity all holds too (a merchant inside the
///    platform, a branch inside HQ) gets `minimumDirect` canaries of its own; without them a leak
///    from it looks like a leak from the other.
/// 4. **Direct**: the rest go one at a time by the chosen ``AllocatorKind``: e-optimal (the default)
///    gives each to the entity with the largest gain (1/|Ri| − 1/(|Ri|+1)) Σj≠i |Ri∩Rj|, which
///    lowers the sum of relative overlaps fastest; s-max gives each where the largest relative
///    overlap |Ri∩Rj|/|Ri| ends lowest (see ``SMaxAllocator``).
///
/// ```swift
/// let plan = try CampaignPlanner(workspace: workspace).plan(budget: 1_000, allocator: .sMax)
/// plan.actions.map(\.count).reduce(0, +) <= 1_000   // true
/// ```
public struct CampaignPlanner: Sendable {
    public let pipeline: Pipeline
    public let groups: [CanaryGroupCount]
    public let burnedCanaryIDs: [String]

    public init(pipeline: Pipeline, groups: [CanaryGroupCount] = [], burnedCanaryIDs: [String] = []) {
        self.pipeline = pipeline
        self.groups = groups
        self.burnedCanaryIDs = burnedCanaryIDs
    }

    /// Reads the pipeline, the live and burned canaries from the workspace's registry.
    public init(workspace: Workspace) throws {
        self.init(
            pipeline: try workspace.registry.pipeline(), groups: try workspace.registry.canaryGroupCounts(),
            burnedCanaryIDs: try workspace.registry.burnedCanaryIDs())
    }

    public func plan(budget: Int, minimumDirect: Int = 5, pathShare: Double = 0.3, allocator kind: AllocatorKind = .eOptimal) throws -> CampaignPlan {
        guard budget >= 1, budget <= Planter.maximumCount else {
            throw LeakTraceError.invalidInput("--budget must be between 1 and \(Planter.maximumCount)")
        }
        guard (0...1).contains(pathShare) else { throw LeakTraceError.invalidInput("--path-share must be between 0 and 1") }
        guard minimumDirect >= 0 else { throw LeakTraceError.invalidInput("--minimum must be 0 or more") }
        let agents = pipeline.entityIDs
        var model = HoldingsModel(agents: agents)
        for group in groups { model.add(count: group.live, visibleTo: group.visibility) }
        let objectiveBefore = model.objective
        let initialModel = model
        var remaining = budget
        var actions: [PlanAction] = []

        // 1. Replacements.
        for group in groups where group.burned > 0 && remaining > 0 {
            let count = min(group.burned, remaining)
            remaining -= count
            model.add(count: count, visibleTo: pipeline.visibility(of: group.placement))
            actions.append(PlanAction(
                kind: .replacement, placement: group.placement, count: count,
                reason: "\(group.burned) canaries here were burned (disclosed in a report, known to the defence); fresh ones restore what this placement proved"))
        }

        // 2. Test orders along every complete path.
        let paths = PhonePoolAssignment.completePaths(pipeline)
        if !paths.isEmpty {
            let perPath = Int((Double(remaining) * pathShare).rounded(.down)) / paths.count
            if perPath > 0 {
                for path in paths {
                    let placement = Placement.path(path)
                    remaining -= perPath
                    model.add(count: perPath, visibleTo: pipeline.visibility(of: placement))
                    actions.append(PlanAction(
                        kind: .testOrders, placement: placement, count: perPath,
                        reason: "real orders along this flow reach every entity on it the way customer data does, which checks each intake; all \(path.count) entities hold them, so they do not tell these entities apart"))
                }
            }
        }

        // 3. Separation: no entity's holdings may sit inside another's.
        let holders = Dictionary(uniqueKeysWithValues: agents.map { ($0, pipeline.visibility(of: .entity($0))) })
        for agent in agents where remaining > 0 {
            let covering = agents.filter { $0 != agent && !holders[agent]!.contains($0) && model.exclusive(of: agent, against: $0) < minimumDirect }
            guard let other = covering.first else { continue }
            let count = min(minimumDirect - model.exclusive(of: agent, against: other), remaining)
            guard count > 0 else { continue }
            remaining -= count
            model.add(count: count, visibleTo: holders[agent]!)
            let others = covering.map(\.rawValue).joined(separator: ", ")
            actions.append(PlanAction(
                kind: .separation, placement: .entity(agent), count: count,
                reason: "fewer than \(minimumDirect) canaries held here are missing from \(others); with none, a leak from \(agent) looks like a leak from \(other)"))
        }

        let largestOverlapBefore = SMaxAllocator(model: initialModel, holders: holders).largestRelativeOverlap

        // 4. The chosen allocator for the rest.
        var allocator = kind.make(model: model, holders: holders)
        let picks = allocator.allocate(remaining)
        model = allocator.model
        let picksByAgent = Dictionary(grouping: picks, by: \.agent)
        for agent in agents {
            guard let mine = picksByAgent[agent] else { continue }
            actions.append(PlanAction(
                kind: .direct, placement: .entity(agent), count: mine.count,
                reason: allocator.reason(agent: agent, picks: mine, total: picks.count)))
        }
        if picks.count < remaining {
            actions.append(PlanAction(
                kind: .direct, placement: .entity(agents[0]), count: 0,
                reason: "\(remaining - picks.count) canaries left unallocated: \(kind.rawValue) found no entity where one more would lower the overlaps (none left that a direct canary can dilute), so more would not tell entities apart better"))
        }

        var separations: [PairSeparation] = []
        for i in agents {
            for j in agents where j != i {
                separations.append(PairSeparation(entity: i, other: j, exclusive: model.exclusive(of: i, against: j)))
            }
        }
        return CampaignPlan(
            budget: budget, actions: actions, burnedCanaryIDs: burnedCanaryIDs, objectiveBefore: objectiveBefore,
            objectiveAfter: model.objective, allocator: kind, largestOverlapBefore: largestOverlapBefore,
            largestOverlapAfter: SMaxAllocator(model: model, holders: holders).largestRelativeOverlap, separations: separations,
            holdings: agents.map { CampaignPlan.EntityHolding(entity: $0, held: model.sizes[$0] ?? 0, largestRelativeOverlap: model.largestRelativeOverlap(of: $0)) })
    }
}
