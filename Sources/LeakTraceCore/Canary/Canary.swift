import Foundation

/// A planted record: what was written into an entity's data, and everything needed to find it again.
public struct Canary: Codable, Hashable, Sendable, Identifiable {
    /// Stable id, `c` followed by the plant sequence number in six or more digits (`c000042`).
    public var id: String
    /// The position in the registry's keyed derivation sequence; re-deriving it yields this canary.
    public var sequence: Int
    public var person: PersonRecord
    public var order: OrderDetails
    public var phoneOrigin: PhoneOrigin
    public var placement: Placement
    /// The entities that hold this canary (the placement plus copy flows), fixed at plant time.
    public var visibility: Set<EntityID>
    public var plantedAt: Date
    /// The plant (batch) that produced it.
    public var plantID: String

    public init(
        id: String, sequence: Int, person: PersonRecord, order: OrderDetails, phoneOrigin: PhoneOrigin,
        placement: Placement, visibility: Set<EntityID>, plantedAt: Date, plantID: String
    ) {
        self.id = id
        self.sequence = sequence
        self.person = person
        self.order = order
        self.phoneOrigin = phoneOrigin
        self.placement = placement
        self.visibility = visibility
        self.plantedAt = plantedAt
        self.plantID = plantID
    }

    public static func id(forSequence sequence: Int) -> String {
        let digits = String(sequence)
        return "c" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
