import LeakTraceCore

/// The persons one shard counted as unique and valid, by the fields their first row carried: what
/// `merge` needs to count a person found on two pieces once, as a single run does.
///
/// ```swift
/// var counter = RecordCounter(keepingFirstFields: true)
/// // ... counter.observe(record, file: "stdin", isCanary: false) for each row ...
/// let persons = ShardPersons(counter)
/// persons.count == counter.counts.uniqueValid   // true
/// ```
///
/// Written as one JSON line before the summary, `{"kind":"persons","persons":{"name+phone":["0f3a…",…]}}`:
/// per field profile, the sorted `PersonFingerprint`s as 16 lowercase hex digits. Sorted, so the
/// line is the same bytes on every run; grouped by profile, so the 8-byte fingerprint is all a
/// person costs (about 19 bytes of text) and field counts can still be taken back exactly.
public struct ShardPersons: Codable, Hashable, Sendable {
    /// Fingerprints, ascending, by the fields of the row that counted the person.
    public private(set) var byFields: [CarriedFields: [UInt64]]

    public init(byFields: [CarriedFields: [UInt64]] = [:]) {
        self.byFields = byFields.filter { !$0.value.isEmpty }.mapValues { $0.sorted() }
    }

    /// The persons of a counter made with `keepingFirstFields: true` (none otherwise).
    public init(_ counter: RecordCounter) {
        var grouped: [CarriedFields: [UInt64]] = [:]
        for (key, fields) in counter.firstFields ?? [:] { grouped[fields, default: []].append(key) }
        self.init(byFields: grouped)
    }

    /// How many persons: the shard's `unique_valid`.
    public var count: Int { byFields.values.reduce(0) { $0 + $1.count } }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode([String: [String]].self)
        var byFields: [CarriedFields: [UInt64]] = [:]
        for (profile, keys) in text {
            guard let raw = CarriedFields.profiles.firstIndex(of: profile) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown field profile \(profile)")
            }
            byFields[CarriedFields(rawValue: UInt8(raw)), default: []] += try keys.map { hex in
                guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "person \(hex) is not 16 hex digits")
                }
                return value
            }
        }
        self.init(byFields: byFields)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: byFields.map { fields, keys in
            (fields.profile, keys.map(Self.hex))
        }))
    }

    /// Fixed width, so text order is number order and every line is as long as the next.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
