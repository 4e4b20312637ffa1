import LeakTraceCore

/// The three fields' scores behind one candidate match.
///
/// ```swift
/// scores.total        // the Fellegi–Sunter weight in bits
/// scores.coincidence  // u_record: the chance an unrelated record agrees this well
/// ```
public struct FieldScores: Hashable, Sendable {
    public var phone: FieldScore
    public var name: FieldScore
    public var address: FieldScore

    public init(phone: FieldScore, name: FieldScore, address: FieldScore) {
        self.phone = phone
        self.name = name
        self.address = address
    }

    public var total: Double { phone.weight + name.weight + address.weight }

    /// The product of the fields' u: fields are treated as independent, Fellegi–Sunter's assumption.
    public var coincidence: Double { phone.u * name.u * address.u }

    public var agreements: FieldAgreements {
        FieldAgreements(phone: phone.agreement, name: name.agreement, address: address.agreement)
    }
}
