import LeakTraceCore

/// A greedy rule that gives fake objects to agents one at a time, from Papadimitriou &
/// Garcia-Molina's "Data Leakage Detection" (IEEE TKDE 23(1), 2011).
///
/// Conformers only say which agent the next fake should go to; placing it and looping are shared,
/// so every allocator updates the ``HoldingsModel`` the same way (copy targets included) and stops
/// the same way: when no agent would improve the objective any more.
///
/// ```swift
/// var allocator: any FakeObjectAllocator = SMaxAllocator(model: model)
/// let picks = allocator.allocate(100)   // at most 100 picks, fewer once nothing improves
/// ```
public protocol FakeObjectAllocator: Sendable {
    /// What the holdings look like with every fake given so far.
    var model: HoldingsModel { get }
    /// Who ends up holding a fake planted at `agent`: the agent and the entities its data is copied to.
    func visibility(ofFakeAt agent: EntityID) -> Set<EntityID>
    /// The agent the next fake should go to, or nil when no agent would improve the objective.
    func nextPick() -> AllocationPick?
    /// Records that one fake went to `pick.agent`.
    mutating func place(_ pick: AllocationPick)
    /// One line for the plan: why `agent` got `count` of the `total` fakes.
    func reason(agent: EntityID, picks: [AllocationPick], total: Int) -> String
}

extension FakeObjectAllocator {
    /// Gives away up to `count` fakes, each by ``nextPick()``, and returns them in order.
    public mutating func allocate(_ count: Int) -> [AllocationPick] {
        var picks: [AllocationPick] = []
        picks.reserveCapacity(max(0, count))
        for _ in 0..<max(0, count) {
            guard let pick = nextPick() else { break }
            place(pick)
            picks.append(pick)
        }
        return picks
    }
}
