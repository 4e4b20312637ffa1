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
public struct EOptimalAllocator: Sendable {
    /// One fake given away, with the gain that chose it.
    public struct Pick: Hashable, Sendable {
        public var agent: EntityID
        public var gain: Double
    }

    public private(set) var model: HoldingsModel
    /// Who holds a fake planted at each agent (the agent, plus copy targets).
    private let holders: [EntityID: Set<EntityID>]

    public init(model: HoldingsModel, holders: [EntityID: Set<EntityID>] = [:]) {
        self.model = model
        self.holders = holders
    }

    /// The gain of one more fake at `agent`.
    public func gain(_ agent: EntityID) -> Double {
        model.gain(ofOneMoreVisibleTo: holders[agent] ?? [agent])
    }

    /// Gives away `count` fakes, each to the agent with the largest gain, and returns the picks.
    /// Stops early when no agent gains anything (no overlaps are left to dilute).
    public mutating func allocate(_ count: Int) -> [Pick] {
        var picks: [Pick] = []
        picks.reserveCapacity(count)
        for _ in 0..<count {
            var best: Pick?
            for agent in model.agents {
                let value = gain(agent)
                if value > (best?.gain ?? 1e-12) { best = Pick(agent: agent, gain: value) }
            }
            guard let pick = best else { break }
            model.add(count: 1, visibleTo: holders[pick.agent] ?? [pick.agent])
            picks.append(pick)
        }
        return picks
    }
}
