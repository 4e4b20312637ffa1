import Foundation
import LeakTraceCore

/// One canary as attribution sees it: who held it, when it was planted, and whether the seized list
/// carries it.
///
/// ```swift
/// let exposure = CanaryExposure(
///     id: "c-0007", visibility: ["platform", "merchant-a", "courier-hq", "branch-2"],
///     plantedAt: try Timestamp.parse("2026-10-02T09:00:00Z"), found: true, chanceMatch: 2e-6)
/// ```
public struct CanaryExposure: Hashable, Sendable {
    public var id: String
    /// Entities that hold it: the placement's entities plus everything reached through copy flows.
    public var visibility: Set<EntityID>
    public var plantedAt: Date
    /// Matched in the seized list.
    public var found: Bool
    /// q: the probability that it appears in an unrelated list of this size by coincidence
    /// (list size × the matcher's per-record u-probability).
    public var chanceMatch: Double

    public init(id: String, visibility: Set<EntityID>, plantedAt: Date, found: Bool, chanceMatch: Double) {
        self.id = id
        self.visibility = visibility
        self.plantedAt = plantedAt
        self.found = found
        self.chanceMatch = chanceMatch
    }
}
