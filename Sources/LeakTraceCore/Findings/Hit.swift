import Foundation

/// The planted values shown beside a hit, exactly as `plant --out` wrote them.
public struct PlantedValues: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String
    public var address: String
    public var at: Date

    public init(name: String, phone: String, address: String, at: Date) {
        self.name = name
        self.phone = phone
        self.address = address
        self.at = at
    }
}

/// A seized record that matched a canary. Its keys are the `match` JSON contract.
public struct Hit: Codable, Hashable, Sendable {
    public var file: String
    /// 1-based data record (header not counted); for free text, the line number.
    public var record: Int
    public var canary: String
    /// Where it was planted: an entity id, or the path as `a,b,c`.
    public var entity: String
    /// Fellegi–Sunter match weight in bits (log2 of m/u summed over the fields).
    public var score: Double
    public var fields: FieldAgreements
    public var planted: PlantedValues
    public var seen: String
    /// Each field's share of `score`; absent in hits recorded before weights were kept.
    public var weights: FieldWeights?
    /// The probability that the agreeing fields agree by chance with an unrelated person's record,
    /// from the matcher's u-probabilities; absent in hits recorded before it was kept.
    public var chance: Double?

    public init(
        file: String, record: Int, canary: String, entity: String, score: Double,
        fields: FieldAgreements, planted: PlantedValues, seen: String, weights: FieldWeights? = nil, chance: Double? = nil
    ) {
        self.chance = chance
        self.file = file
        self.record = record
        self.canary = canary
        self.entity = entity
        self.score = score
        self.fields = fields
        self.planted = planted
        self.seen = seen
        self.weights = weights
    }
}
