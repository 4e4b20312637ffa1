import LeakTraceCore
import LeakTraceGeneration

/// Rows of a synthetic seized list: background people from the generators, and canaries and
/// numbers written the ways leaked lists write them. Each test mixes them in its own pattern.
///
/// ```swift
/// var rows = SeizedRows(seed: 6_0006)
/// let someone = rows.person()
/// rows.exact(canary) + ","                         // 林晓岚,13800138000,浙江省…,
/// SeizedRows.masked4(someone.phone)                // 138****8000
/// ```
struct SeizedRows {
    private var rng: DeterministicRandom
    private let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()

    init(seed: UInt64) {
        rng = DeterministicRandom(seed: seed)
    }

    /// A background person: no canary, a fresh draw each time.
    mutating func person() -> (name: String, phone: String, address: String) {
        (names.generate(using: &rng), phones.generate(using: &rng), addresses.generate(using: &rng).text)
    }

    /// The canary as planted: `name,phone,address`.
    func exact(_ canary: PersonRecord) -> String {
        "\(canary.name),\(canary.phone),\(canary.address)"
    }

    /// The canary's number written with a country code and a space: `+86 138 00138000`.
    func reformatted(_ canary: PersonRecord) -> String {
        "\(canary.name),+86 \(canary.phone.prefix(3)) \(canary.phone.dropFirst(3)),\(canary.address)"
    }

    /// The canary as a GB/T 41833 waybill shows it: `林*岚,138******00,address`.
    func waybillMasked(_ canary: PersonRecord) -> String {
        "\(canary.name.prefix(1))*\(canary.name.dropFirst(2)),\(canary.phone.prefix(3))******\(canary.phone.suffix(2)),\(canary.address)"
    }

    /// The older four-digit mask: `138****8000`.
    static func masked4(_ phone: String) -> String { "\(phone.prefix(3))****\(phone.suffix(4))" }

    /// No mobile number starts 12: `12…`, counted as invalid.
    static func invalid(_ phone: String) -> String { "12\(phone.dropFirst(2))" }

    /// `138-0013-8000`.
    static func dashed(_ phone: String) -> String { "\(phone.prefix(3))-\(phone.dropFirst(3).prefix(4))-\(phone.suffix(4))" }
}
