/// The entities of a data pipeline and the flows between them, as a playbook defines them.
///
/// ```swift
/// let pipeline = Pipeline(name: "demo", entities: [...], flows: [...])
/// try pipeline.validate()
/// pipeline.visibility(of: .path(["platform", "merchant-yiwu", "courier-hq", "branch-1"]))
/// ```
public struct Pipeline: Codable, Hashable, Sendable {
    public var name: String
    public var entities: [Entity]
    public var flows: [Flow]

    public init(name: String, entities: [Entity], flows: [Flow]) {
        self.name = name
        self.entities = entities
        self.flows = flows
    }

    public func entity(_ id: EntityID) -> Entity? {
        entities.first { $0.id == id }
    }

    public var entityIDs: [EntityID] { entities.map(\.id) }

    /// Checks the rules a playbook must follow; the message names the offending entry.
    public func validate() throws {
        guard !name.isEmpty else { throw LeakTraceError.invalidInput("pipeline has no name") }
        guard !entities.isEmpty else { throw LeakTraceError.invalidInput("pipeline '\(name)' has no entities") }
        var seen = Set<EntityID>()
        for entity in entities {
            guard EntityID.isValid(entity.id.rawValue) else {
                throw LeakTraceError.invalidInput("entity id '\(entity.id)' must match [a-z0-9-]+")
            }
            guard seen.insert(entity.id).inserted else {
                throw LeakTraceError.invalidInput("entity id '\(entity.id)' is defined twice")
            }
        }
        for flow in flows {
            for end in [flow.from, flow.to] where !seen.contains(end) {
                throw LeakTraceError.invalidInput("flow \(flow.from) → \(flow.to) names unknown entity '\(end)'")
            }
            if flow.from == flow.to {
                throw LeakTraceError.invalidInput("flow \(flow.from) → \(flow.to) goes nowhere")
            }
        }
    }

    /// Checks that a placement names known entities and, for a path, follows declared flows.
    public func validate(_ placement: Placement) throws {
        for id in placement.entities where entity(id) == nil {
            throw LeakTraceError.invalidInput("unknown entity '\(id)' (the playbook defines: \(entityIDs.map(\.rawValue).joined(separator: ", ")))")
        }
        if case .path(let ids) = placement {
            guard ids.count >= 2 else { throw LeakTraceError.invalidInput("a path needs at least two entities") }
            guard Set(ids).count == ids.count else { throw LeakTraceError.invalidInput("path \(placement.label) visits an entity twice") }
            for (a, b) in zip(ids, ids.dropFirst()) where !flows.contains(where: { $0.from == a && $0.to == b }) {
                throw LeakTraceError.invalidInput("path \(placement.label): the playbook declares no flow \(a) → \(b)")
            }
        }
    }

    /// Every entity that ends up holding a canary planted at `placement`: the placement's own
    /// entities, then everything reachable from them through copy flows.
    public func visibility(of placement: Placement) -> Set<EntityID> {
        var holders = Set(placement.entities)
        var frontier = Array(holders)
        while let next = frontier.popLast() {
            for flow in flows where flow.copy && flow.from == next && !holders.contains(flow.to) {
                holders.insert(flow.to)
                frontier.append(flow.to)
            }
        }
        return holders
    }
}
