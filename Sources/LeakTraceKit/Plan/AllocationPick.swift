import LeakTraceCore

/// One fake object (a canary planted directly at one entity) given away by a ``FakeObjectAllocator``,
/// with the figures that chose it, so the plan can say why.
///
/// ```swift
/// let pick = allocator.allocate(1).first!
/// pick.agent       // "a2"
/// pick.gain        // 0.5: how much the allocator's own measure improved
/// pick.objective   // the allocator's objective once this fake is placed
/// ```
public struct AllocationPick: Hashable, Sendable {
    public var agent: EntityID
    /// How much this fake improved the allocator's measure (its meaning depends on the allocator).
    public var gain: Double
    /// The allocator's objective after this fake: Σ relative overlaps for e-optimal, the largest
    /// relative overlap for s-max.
    public var objective: Double

    public init(agent: EntityID, gain: Double, objective: Double) {
        self.agent = agent
        self.gain = gain
        self.objective = objective
    }
}
