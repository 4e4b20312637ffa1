import LeakTraceCore

/// One way a leaked list can show a record, and what of each field survives it.
///
/// Every canary in a registry must stay unique under each view, so that a masked leak still points
/// at one canary. The views are ordered from finest to coarsest:
///
/// | view | name | phone | address |
/// |---|---|---|---|
/// | `gbt41833` | 2nd character hidden (陈*华) | first 3 + last 2 (139******15) | without unit/room |
/// | `legacyFourDigit` | surname only (陈**) | 4 middle digits hidden (139****6215) | without unit/room |
/// | `virtualNumber` | 2nd character hidden | none: a platform's virtual number | without unit/room |
/// | `surnameOnly` | surname only | none | without unit/room |
///
/// `surnameOnly` is the coarsest: a canary unique under it is unique under the three others.
///
/// ```swift
/// let person = PersonRecord(name: "陈志华", phone: "13957106215", address: "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室")
/// MaskView.legacyFourDigit.key(for: person)   // "陈**|139****6215|浙江省杭州市西湖区文三路128号翠苑新村5幢"
/// MaskView.surnameOnly.key(for: person)       // "陈**|浙江省杭州市西湖区文三路128号翠苑新村5幢"
/// ```
public enum MaskView: String, CaseIterable, Sendable, CustomStringConvertible {
    /// GB/T 41833-2022 electronic waybills (in force April 2023).
    case gbt41833 = "gbt41833"
    /// The 2017 privacy waybill (隐私面单): `138****5678`, the surname and a title.
    case legacyFourDigit = "legacy-4"
    /// Taobao's order-number protection (2022): only name and address belong to the buyer.
    case virtualNumber = "virtual-number"
    /// The least a list can show and still name a person: surname and address.
    case surnameOnly = "surname-only"

    public var description: String { rawValue }

    /// The view of a record as one string, fields joined by `|`.
    public func key(for person: PersonRecord) -> String {
        switch self {
        case .gbt41833:
            return Self.nameHidingSecond(person.name) + "|" + Self.phoneShowing(person.phone, head: 3, tail: 2) + "|" + Self.address(person.address)
        case .legacyFourDigit:
            return Self.surnameOnly(person.name) + "|" + Self.phoneShowing(person.phone, head: 3, tail: 4) + "|" + Self.address(person.address)
        case .virtualNumber:
            return Self.nameHidingSecond(person.name) + "|" + Self.address(person.address)
        case .surnameOnly:
            return Self.surnameOnly(person.name) + "|" + Self.address(person.address)
        }
    }

    /// How the view prints the name.
    public func name(_ name: String) -> String {
        switch self {
        case .gbt41833, .virtualNumber: Self.nameHidingSecond(name)
        case .legacyFourDigit, .surnameOnly: Self.surnameOnly(name)
        }
    }

    /// How the view prints the phone; nil where the view carries none of the buyer's digits.
    public func phone(_ phone: String) -> String? {
        switch self {
        case .gbt41833: Self.phoneShowing(phone, head: 3, tail: 2)
        case .legacyFourDigit: Self.phoneShowing(phone, head: 3, tail: 4)
        case .virtualNumber, .surnameOnly: nil
        }
    }

    /// How every view prints the address: without unit and room.
    public static func address(_ address: String) -> String {
        AddressMasking.removingUnitAndRoom(address)
    }

    // MARK: - Field masks

    /// 陈志华 → 陈*华, 李娜 → 李*. Masks already present stay masks.
    static func nameHidingSecond(_ name: String) -> String {
        var characters = Array(name)
        if characters.count >= 2 { characters[1] = "*" }
        return String(characters)
    }

    /// 陈志华 → 陈**: the surname and how long the name is.
    static func surnameOnly(_ name: String) -> String {
        guard let first = name.first else { return name }
        return String(first) + String(repeating: "*", count: name.count - 1)
    }

    /// Keeps `head` leading and `tail` trailing characters and hides the rest with `*`.
    static func phoneShowing(_ phone: String, head: Int, tail: Int) -> String {
        let digits = Array(phone)
        guard digits.count > head + tail else { return phone }
        return String(digits.prefix(head)) + String(repeating: "*", count: digits.count - head - tail) + String(digits.suffix(tail))
    }
}
