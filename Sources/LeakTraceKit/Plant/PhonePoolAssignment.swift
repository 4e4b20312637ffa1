import LeakTraceCore

/// Spreads the controlled phone numbers over the pipeline's placements, so that a call or SMS to
/// one number narrows the leak down as far as the pool allows.
///
/// The scheme, fixed by the pipeline and the pool's content (not the order of the pool file):
/// 1. Slots: every entity (direct plants), in playbook order, then every complete order path
///    (from an entity no flow enters to one no flow leaves), in flow order.
/// 2. Numbers, sorted, are dealt round-robin over the slots when there are at least as many numbers
///    as slots: each slot then owns its numbers and a call names exactly one placement.
/// 3. With fewer numbers than slots, entities come first, because a call to a number only one
///    entity's canaries carry names that entity: when there are more numbers than entities, each
///    entity gets one of its own and the order paths share the rest; otherwise entities, then
///    paths, share all numbers. Sharing is greedy: each slot joins the number where it adds the
///    least ambiguity (for every slot on a number, a call names the number's suspects, every entity
///    holding canaries that carry it, instead of that slot's own holders; the excess summed over the
///    number's slots grows least). Ties go to the number serving fewest slots, then to the lowest.
/// 4. A placement outside the slots (a partial path) joins a number by rule 3 without moving the
///    others, so every plant of a campaign sees the same assignment.
///
/// Keep the pool file unchanged during a campaign: adding numbers re-deals them.
///
/// ```swift
/// let assignment = PhonePoolAssignment(pipeline: pipeline, pool: numbers)
/// assignment.numbers(for: .entity("branch-1"))   // the numbers branch-1's canaries use
/// assignment.suspects(of: "13900000001")          // who could have leaked a list that rings it
/// ```
public struct PhonePoolAssignment: Sendable {
    public let pool: [String]
    public let slots: [Placement]
    private let pipeline: Pipeline
    private let numbersBySlot: [Placement: [String]]
    private let slotsByNumber: [String: [Placement]]

    public init(pipeline: Pipeline, pool: [String]) {
        precondition(!pool.isEmpty, "a phone pool needs at least one number")
        self.pipeline = pipeline
        self.pool = Array(Set(pool)).sorted()
        slots = pipeline.entityIDs.map(Placement.entity) + Self.completePaths(pipeline).map(Placement.path)
        var bySlot: [Placement: [String]] = [:]
        var byNumber: [String: [Placement]] = [:]
        if self.pool.count >= slots.count {
            for (index, number) in self.pool.enumerated() {
                let slot = slots[index % slots.count]
                bySlot[slot, default: []].append(number)
                byNumber[number, default: []].append(slot)
            }
        } else {
            let entityCount = pipeline.entities.count
            let ownNumbers = self.pool.count > entityCount
            let entityNumbers = ownNumbers ? Array(self.pool.prefix(entityCount)) : self.pool
            let pathNumbers = ownNumbers ? Array(self.pool.dropFirst(entityCount)) : self.pool
            for slot in slots {
                let candidates = slot.entities.count == 1 ? entityNumbers : pathNumbers
                let number = Self.leastWidening(slot, pool: candidates, slotsByNumber: byNumber, pipeline: pipeline)
                bySlot[slot] = [number]
                byNumber[number, default: []].append(slot)
            }
        }
        numbersBySlot = bySlot
        slotsByNumber = byNumber
    }

    /// The numbers canaries planted at `placement` draw from.
    public func numbers(for placement: Placement) -> [String] {
        if let numbers = numbersBySlot[placement] { return numbers }
        return [Self.leastWidening(placement, pool: pool, slotsByNumber: slotsByNumber, pipeline: pipeline)]
    }

    /// The slots that use `number` (placements outside the slots are not listed).
    public func placements(using number: String) -> [Placement] {
        slotsByNumber[number] ?? []
    }

    /// The entities holding canaries that carry `number`: whoever calls it got the list from one of them.
    public func suspects(of number: String) -> Set<EntityID> {
        placements(using: number).reduce(into: Set<EntityID>()) { $0.formUnion(pipeline.visibility(of: $1)) }
    }

    /// Order paths from an entity no flow enters to one no flow leaves, following non-copy flows.
    static func completePaths(_ pipeline: Pipeline) -> [[EntityID]] {
        let routes = pipeline.flows.filter { !$0.copy }
        let entered = Set(routes.map(\.to))
        var paths: [[EntityID]] = []
        func extend(_ path: [EntityID]) {
            let next = routes.filter { $0.from == path.last && !path.contains($0.to) }
            if next.isEmpty {
                if path.count >= 2 { paths.append(path) }
                return
            }
            for flow in next { extend(path + [flow.to]) }
        }
        for entity in pipeline.entityIDs where !entered.contains(entity) {
            extend([entity])
        }
        return paths
    }

    private static func leastWidening(
        _ slot: Placement, pool: [String], slotsByNumber: [String: [Placement]], pipeline: Pipeline
    ) -> String {
        let holders = pipeline.visibility(of: slot)
        var best: (number: String, cost: Int, load: Int)?
        for number in pool {
            let served = slotsByNumber[number] ?? []
            let visibilities = served.map { pipeline.visibility(of: $0) }
            let before = visibilities.reduce(into: Set<EntityID>()) { $0.formUnion($1) }
            let after = before.union(holders)
            // Excess suspects a call names, summed over the number's slots, after minus before.
            let cost = visibilities.reduce(after.count - holders.count) { total, _ in total + after.count - before.count }
            if let current = best, (cost, served.count) >= (current.cost, current.load) { continue }
            best = (number, cost, served.count)
        }
        return best!.number
    }
}
