/// Each field's Fellegi–Sunter weight behind a hit, in bits: what the report shows beside the
/// agreement, so the reader sees which field carried the match.
///
/// ```swift
/// let w = FieldWeights(phone: 13.214, name: 6.1, address: 4.0)
/// w.total   // 23.314, the hit's score
/// ```
public struct FieldWeights: Codable, Hashable, Sendable {
    public var phone: Double
    public var name: Double
    public var address: Double

    public init(phone: Double, name: Double, address: Double) {
        self.phone = phone
        self.name = name
        self.address = address
    }

    public var total: Double { phone + name + address }
}
