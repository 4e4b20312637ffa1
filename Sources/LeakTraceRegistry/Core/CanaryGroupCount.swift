import LeakTraceCore

/// How many canaries one placement holds, live and burned: what `leaktrace plan` starts from.
///
/// ```swift
/// for group in try registry.canaryGroupCounts() { print(group.placement.label, group.live, group.burned) }
/// ```
public struct CanaryGroupCount: Hashable, Sendable {
    public var placement: Placement
    /// The entities holding these canaries (placement plus copy flows, fixed at plant time).
    public var visibility: Set<EntityID>
    public var live: Int
    public var burned: Int

    public init(placement: Placement, visibility: Set<EntityID>, live: Int, burned: Int) {
        self.placement = placement
        self.visibility = visibility
        self.live = live
        self.burned = burned
    }
}
