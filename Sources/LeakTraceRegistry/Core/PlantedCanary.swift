import Foundation
import LeakTraceCore

/// Where and when a canary was planted, without what it says: readable with no key at all.
///
/// ```swift
/// let planted = try registry.plantedCanaries()
/// planted.filter { $0.visibility.contains("branch-2") }.count
/// ```
public struct PlantedCanary: Sendable, Hashable {
    public let id: String
    public let placement: Placement
    public let visibility: Set<EntityID>
    public let plantedAt: Date

    public init(id: String, placement: Placement, visibility: Set<EntityID>, plantedAt: Date) {
        self.id = id
        self.placement = placement
        self.visibility = visibility
        self.plantedAt = plantedAt
    }
}
