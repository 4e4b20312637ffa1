import LeakTraceCore

/// Who holds how many canaries, kept as counts per visibility set: the Ri of Papadimitriou &
/// Garcia-Molina's allocation problem without listing the objects.
///
/// Sum-objective F = Σi (1/|Ri|) Σj≠i |Ri∩Rj|: the relative overlaps the guilt model's power to
/// tell agents apart falls with. Adding objects only ever moves F by a computable amount, so the
/// planner can ask, before planting, what each choice is worth.
///
/// ```swift
/// var model = HoldingsModel(agents: ["a1", "a2"])
/// model.add(count: 1, visibleTo: ["a1", "a2"])
/// model.add(count: 1, visibleTo: ["a1"])
/// model.objective   // 1/2 + 1/1 = 1.5
/// ```
public struct HoldingsModel: Hashable, Sendable {
    public let agents: [EntityID]
    /// Objects per visibility set.
    public private(set) var groups: [Set<EntityID>: Int] = [:]
    public private(set) var sizes: [EntityID: Int] = [:]
    /// Σj≠i |Ri∩Rj| for each agent i.
    public private(set) var overlaps: [EntityID: Int] = [:]

    public init(agents: [EntityID]) {
        self.agents = agents
        for agent in agents {
            sizes[agent] = 0
            overlaps[agent] = 0
        }
    }

    /// Builds the model from explicit sets of object ids (the paper's notation).
    public init(holdings: [EntityID: Set<String>], agents: [EntityID]) {
        self.init(agents: agents)
        var holders: [String: Set<EntityID>] = [:]
        for (agent, objects) in holdings {
            for object in objects { holders[object, default: []].insert(agent) }
        }
        for visibility in holders.values { add(count: 1, visibleTo: visibility) }
    }

    public mutating func add(count: Int, visibleTo visibility: Set<EntityID>) {
        guard count > 0 else { return }
        let held = visibility.filter { sizes[$0] != nil }
        guard !held.isEmpty else { return }
        groups[held, default: 0] += count
        for agent in held {
            sizes[agent, default: 0] += count
            overlaps[agent, default: 0] += count * (held.count - 1)
        }
    }

    /// F = Σi (1/|Ri|) Σj≠i |Ri∩Rj| over agents holding anything.
    public var objective: Double {
        agents.reduce(0) { total, agent in
            let size = sizes[agent] ?? 0
            return size == 0 ? total : total + Double(overlaps[agent] ?? 0) / Double(size)
        }
    }

    /// How much F falls if one more object is given to exactly `visibility`. For one agent alone
    /// this is the paper's e-optimal gain (1/|Ri| − 1/(|Ri|+1)) Σj≠i |Ri∩Rj|.
    public func gain(ofOneMoreVisibleTo visibility: Set<EntityID>) -> Double {
        var before = 0.0, after = 0.0
        for agent in visibility where sizes[agent] != nil {
            let size = sizes[agent] ?? 0, overlap = overlaps[agent] ?? 0
            if size > 0 { before += Double(overlap) / Double(size) }
            after += Double(overlap + visibility.count - 1) / Double(size + 1)
        }
        return before - after
    }

    /// |Ri \ Rj|: objects `i` holds that `j` does not. A leak of Ri can only point away from `j`
    /// through these.
    public func exclusive(of i: EntityID, against j: EntityID) -> Int {
        groups.reduce(0) { $0 + ($1.key.contains(i) && !$1.key.contains(j) ? $1.value : 0) }
    }

    /// max over j≠i of |Ri∩Rj| / |Ri| (the quantity s-max keeps small), or nil when Ri is empty.
    public func largestRelativeOverlap(of i: EntityID) -> Double? {
        guard let size = sizes[i], size > 0 else { return nil }
        return agents.filter { $0 != i }.map { j in
            Double(groups.reduce(0) { $0 + ($1.key.contains(i) && $1.key.contains(j) ? $1.value : 0) }) / Double(size)
        }.max()
    }
}
