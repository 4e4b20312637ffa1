import LeakTraceCore

/// The express companies whose waybill numbers canaries carry, with the number shapes their
/// tracking pages accept (SF + 13 digits, YT + 13 digits, 7x + 12 digits...).
///
/// ```swift
/// var rng = DeterministicRandom(seed: 5)
/// let waybill = Courier.zto.waybill(using: &rng)   // "75123456789012"
/// Courier(recognising: waybill)                     // .zto
/// ```
public enum Courier: String, CaseIterable, Sendable {
    case sf, yto, zto, yunda, sto, jt, jd, ems

    /// The name printed on labels.
    public var displayName: String {
        switch self {
        case .sf: "顺丰速运"
        case .yto: "圆通速递"
        case .zto: "中通快递"
        case .yunda: "韵达快递"
        case .sto: "申通快递"
        case .jt: "极兔速递"
        case .jd: "京东快递"
        case .ems: "中国邮政EMS"
        }
    }

    /// Rough share of parcels (tongda carriers dominate e-commerce volume); an estimate.
    static let shares: WeightedTable<Courier> = WeightedTable([
        (.zto, 22), (.yto, 17), (.yunda, 15), (.sto, 12), (.jt, 12), (.sf, 10), (.jd, 7), (.ems, 5),
    ])

    /// How a number is laid out: fixed letters, then digits whose first may be restricted.
    private var shape: (letters: String, firstDigits: [Character], digits: Int) {
        switch self {
        case .sf: ("SF", ["1", "3", "4"], 13)
        case .yto: ("YT", ["2", "3", "6", "7", "8"], 13)
        case .zto: ("7", ["3", "4", "5", "6", "8"], 13)
        case .yunda: ("4", ["3", "6"], 14)
        case .sto: ("77", ["0", "1", "2", "3", "5", "6", "7", "8"], 13)
        case .jt: ("JT", ["3", "5"], 13)
        case .jd: ("JDV", ["A", "B", "C", "D", "E"], 12)
        case .ems: ("98", ["1", "2", "3", "4", "5", "6", "7", "8", "9"], 11)
        }
    }

    public func waybill(using rng: inout DeterministicRandom) -> String {
        let shape = self.shape
        var text = shape.letters
        text.append(rng.pick(shape.firstDigits))
        for _ in 1..<shape.digits { text.append(Character(Unicode.Scalar(0x30 + UInt8(rng.uniform(10))))) }
        return text
    }

    /// The courier whose shape `waybill` has, if any. Checked in a fixed order; the shapes do not overlap.
    public init?(recognising waybill: String) {
        for courier in Self.allCases {
            let shape = courier.shape
            guard waybill.hasPrefix(shape.letters) else { continue }
            let rest = Array(waybill.dropFirst(shape.letters.count))
            guard rest.count == shape.digits, let first = rest.first, shape.firstDigits.contains(first),
                  rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { continue }
            self = courier
            return
        }
        return nil
    }
}
