/// How one field of a seized record compares with the planted value.
public enum FieldAgreement: String, Codable, Hashable, Sendable {
    /// Equal after normalisation.
    case exact
    /// Every visible character agrees; the rest is masked (`138****5678`, `张*明`, room hidden).
    case masked
    /// Part agrees (a truncated address, the district but not the street).
    case partial
    /// Present and different.
    case disagree
    /// Absent from the seized record.
    case missing

    /// Whether the field counts in the record's favour.
    public var agrees: Bool { self == .exact || self == .masked || self == .partial }
}

/// The comparison of the three fields, as it appears in a hit.
public struct FieldAgreements: Codable, Hashable, Sendable {
    public var phone: FieldAgreement
    public var name: FieldAgreement
    public var address: FieldAgreement

    public init(phone: FieldAgreement, name: FieldAgreement, address: FieldAgreement) {
        self.phone = phone
        self.name = name
        self.address = address
    }
}
