import Foundation
import LeakTraceCore

/// Papadimitriou & Garcia-Molina's e-optimal allocation of fake objects for explicit requests
/// ("Data Leakage Detection", IEEE TKDE 23(1), 2011): each fake goes, one at a time, to the agent
/// whose sum-objective falls most, (1/|Ri| − 1/(|Ri|+1)) Σj≠i |Ri∩Rj|.
///
/// Here a fake object is a canary planted directly into one entity's data; with copy flows it is
/// held by the entity's copy targets too, and the gain is computed for the set that holds it.
/// Ties go to the agent listed first (the playbook's order), so the plan is reproducible.
///
/// ```swift
/// var allocator = EOptimalAllocator(model: HoldingsModel(holdings: ["a1": ["t1", "t2"], "a2": ["t1"]], agents: ["a1", "a2"]))
/// allocator.allocate(1).first?.agent   // "a2": gain 0.5 against a1's 0.1667
/// ```
public struct EOptimalAllocator: FakeObjectAllocator {
    public typealias Pick = AllocationPick
    public private(set) var model: HoldingsModel
    /// Who holds a fake planted at each agent (the agent, plus copy targets).
    private let holders: [EntityID: Set<EntityID>]

    public init(model: HoldingsModel, holders: [EntityID: Set<EntityID>] = [:]) {
        self.model = model
        self.holders = holders
    }

    public func visibility(ofFakeAt agent: EntityID) -> Set<EntityID> { holders[agent] ?? [agent] }

    /// The gain of one more fake at `agent`.
    public func gain(_ agent: EntityID) -> Double {
        model.gain(ofOneMoreVisibleTo: visibility(ofFakeAt: agent))
    }

    /// The agent with the largest gain; nil when no agent gains anything (no overlaps are left to dilute).
    public func nextPick() -> AllocationPick? {
        var best: (agent: EntityID, gain: Double)?
        for agent in model.agents {
            let value = gain(agent)
            if value > (best?.gain ?? 1e-12) { best = (agent, value) }
        }
        return best.map { AllocationPick(agent: $0.agent, gain: $0.gain, objective: model.objective - $0.gain) }
    }

    public mutating func place(_ pick: AllocationPick) {
        model.add(count: 1, visibleTo: visibility(ofFakeAt: pick.agent))
    }

    public func reason(agent: EntityID, picks: [AllocationPick], total: Int) -> String {
        String(format: "e-optimal: %@ had the largest gain (1/|Ri| − 1/(|Ri|+1))·Σj≠i|Ri∩Rj| for %d of the %d remaining canaries (gain %.6f at the first, %.6f at the last)",
               agent.rawValue, picks.count, total, picks.first?.gain ?? 0, picks.last?.gain ?? 0)
    }
}
