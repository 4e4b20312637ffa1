import Foundation
import LeakTraceCore

/// What `leaktrace plan` proposes: actions in the order they were decided, and what the registry
/// would look like once they are planted.
///
/// ```swift
/// let plan = try CampaignPlanner(workspace: workspace).plan(budget: 500)
/// print(plan.text())
/// ```
public struct CampaignPlan: Hashable, Sendable, Codable {
    public var budget: Int
    public var actions: [PlanAction]
    /// Burned canary ids the replacements stand in for.
    public var burnedCanaryIDs: [String]
    /// Σi (1/|Ri|) Σj≠i |Ri∩Rj| before and after the plan (lower tells agents apart better).
    public var objectiveBefore: Double
    public var objectiveAfter: Double
    /// Which rule placed the direct canaries.
    public var allocator: AllocatorKind
    /// max over i, j≠i of |Ri∩Rj|/|Ri| before and after the plan (the objective s-max lowers),
    /// leaving out pairs a copy flow pins at 1.
    public var largestOverlapBefore: Double
    public var largestOverlapAfter: Double
    /// Every ordered pair, after the plan.
    public var separations: [PairSeparation]
    /// Per entity: canaries held after the plan, and the largest share of them another entity holds too.
    public var holdings: [EntityHolding]

    public struct EntityHolding: Hashable, Sendable, Codable {
        public var entity: EntityID
        public var held: Int
        public var largestRelativeOverlap: Double?
    }

    /// Canaries the plan proposes in all (never more than the budget).
    public var proposed: Int { actions.reduce(0) { $0 + $1.count } }

    /// Pairs a full leak of the first cannot tell from the second.
    public var indistinguishable: [PairSeparation] { separations.filter { $0.exclusive == 0 } }

    /// The plan as people read it: one line per action with its reason, then the separation check.
    public func text() -> String {
        var lines: [String] = []
        lines.append("plan for a budget of \(budget) canaries: \(proposed) proposed")
        if !burnedCanaryIDs.isEmpty {
            let shown = burnedCanaryIDs.prefix(8).joined(separator: ", ") + (burnedCanaryIDs.count > 8 ? ", …" : "")
            lines.append("burned canaries needing replacement: \(burnedCanaryIDs.count) (\(shown))")
        }
        for action in actions {
            let what = action.kind == .testOrders ? "test orders along" : "plant at"
            lines.append("  \(action.kind.rawValue): \(what) \(action.placement.label): \(action.count)")
            lines.append("      why: \(action.reason)")
        }
        lines.append("direct canaries placed by \(allocator.rawValue)")
        lines.append(String(format: "sum of relative overlaps Σi Σj≠i |Ri∩Rj|/|Ri|: %.4f before, %.4f after", objectiveBefore, objectiveAfter))
        lines.append(String(format: "largest relative overlap max i≠j |Ri∩Rj|/|Ri| (copy-pinned pairs left out): %.4f before, %.4f after", largestOverlapBefore, largestOverlapAfter))
        lines.append("held after the plan (largest share another entity also holds):")
        for holding in holdings {
            let share = holding.largestRelativeOverlap.map { String(format: "%.3f", $0) } ?? "-"
            lines.append("  \(holding.entity.rawValue): \(holding.held) canaries, overlap \(share)")
        }
        let weakest = separations.min { $0.exclusive < $1.exclusive }
        if indistinguishable.isEmpty, let weakest {
            lines.append("every entity can be told apart from every other: a full leak from each carries at least \(weakest.exclusive) canaries the other never held (weakest: \(weakest.entity) vs \(weakest.other))")
        } else {
            for pair in indistinguishable {
                lines.append("cannot tell \(pair.entity) from \(pair.other): every canary \(pair.entity) holds, \(pair.other) holds too")
            }
        }
        return lines.joined(separator: "\n")
    }
}
