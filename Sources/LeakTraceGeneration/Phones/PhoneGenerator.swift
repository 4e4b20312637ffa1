import LeakTraceCore
import LeakTraceCorpus

/// Draws eleven-digit mobile numbers: a prefix by its estimated share of live numbers, then
/// uniform digits. Only `mobile` prefixes are eligible, so a number is never data-only or satellite.
///
/// A valid number almost surely belongs to someone: use these only for demos and tests, and a
/// controlled pool (`PhoneChoice.pool`) for real plants.
///
/// ```swift
/// var rng = DeterministicRandom(seed: 3)
/// let phone = PhoneGenerator().generate(using: &rng)   // e.g. "13957106215"
/// ChineseMobileNumberPlan.isValid(phone)               // true
/// ```
public struct PhoneGenerator: Sendable {
    private let prefixes: WeightedTable<String>

    public init(reference: ReferenceData = .standard) {
        prefixes = reference.mobilePrefixes
    }

    public func generate(using rng: inout DeterministicRandom) -> String {
        let prefix = prefixes.draw(using: &rng)
        var digits = Array(prefix.utf8)
        digits.reserveCapacity(11)
        while digits.count < 11 {
            digits.append(0x30 + UInt8(rng.uniform(10)))
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
