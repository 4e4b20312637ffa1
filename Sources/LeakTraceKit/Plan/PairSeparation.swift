import LeakTraceCore

/// How well a leak from `entity` points away from `other` once the plan is planted: the canaries
/// `entity` holds and `other` does not.
///
/// ```swift
/// separation.exclusive   // 37: a full leak from entity carries 37 canaries other never held
/// ```
public struct PairSeparation: Hashable, Sendable, Codable {
    public var entity: EntityID
    public var other: EntityID
    public var exclusive: Int

    public init(entity: EntityID, other: EntityID, exclusive: Int) {
        self.entity = entity
        self.other = other
        self.exclusive = exclusive
    }
}
