import LeakTraceCore

/// One proposal of a plan: plant `count` canaries at `placement`, and why.
///
/// ```swift
/// action.kind        // .direct
/// action.placement   // .entity("branch-1")
/// action.reason      // "e-optimal: each of these lowers Σ relative overlap most …"
/// ```
public struct PlanAction: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Replaces canaries burned by a report, at the placement they came from.
        case replacement
        /// Test orders along a complete order path.
        case testOrders = "test-orders"
        /// Canaries only this entity (and its copy targets) holds, so it can be told apart.
        case separation
        /// Canaries placed by the plan's allocator (e-optimal or s-max) to lower relative overlaps.
        case direct
    }

    public var kind: Kind
    public var placement: Placement
    public var count: Int
    public var reason: String

    public init(kind: Kind, placement: Placement, count: Int, reason: String) {
        self.kind = kind
        self.placement = placement
        self.count = count
        self.reason = reason
    }
}
