import LeakTraceIngest
import LeakTraceMatching

/// Remembers, for the raw bytes of a name cell, the fingerprint of the name as `NameNormalizer`
/// reads it: lists repeat names, and normalising (folding, honorifics, masks) is the dearest part
/// of counting a row.
///
/// ```swift
/// var cache = NameHashCache(index: index)
/// cache.hash(row, column: 0)   // == RecordCounter.normalizedNameHash(row.value(at: 0))
/// ```
/// Bounded: it forgets everything past `capacity` entries (the values never depend on it, only
/// the time), so a billion distinct names cannot exhaust memory.
struct NameHashCache {
    static let capacity = 1 << 18

    /// Up to 24 bytes of a name packed into integers: the key needs no allocation.
    struct Key: Hashable {
        var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0
        var count: UInt8 = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 24 else { return nil }
            count = UInt8(bytes.count)
            for (i, byte) in bytes.enumerated() {
                let shifted = UInt64(byte) << UInt64((i & 7) * 8)
                switch i >> 3 {
                case 0: a |= shifted
                case 1: b |= shifted
                default: c |= shifted
                }
            }
        }
    }

    /// What the counter and the prefilter need of a name.
    struct Entry {
        /// `RecordCounter.normalizedNameHash` of the name.
        var hash: UInt64
        /// Whether the name, normalised, is a planted full name (a blocking key of the matcher).
        var isPlanted: Bool
    }

    let index: CanaryIndex
    private var known: [Key: Entry] = [:]

    init(index: CanaryIndex) {
        self.index = index
    }

    mutating func hash(_ row: DelimitedRow, column: Int) -> UInt64 {
        lookup(row, column: column).hash
    }

    mutating func lookup(_ row: DelimitedRow, column: Int) -> Entry {
        guard let bytes = row.plainBytes(at: column), let key = Key(bytes) else {
            return Self.entry(row.value(at: column), index: index)
        }
        if let found = known[key] { return found }
        let value = Self.entry(String(decoding: bytes, as: UTF8.self), index: index)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[key] = value
        return value
    }

    private static func entry(_ name: String, index: CanaryIndex) -> Entry {
        switch NameNormalizer.observe(name) {
        case .full(let full)?:
            return Entry(hash: PersonFingerprint.hash(full.utf8), isPlanted: index.hasPlantedName(full))
        default:
            return Entry(hash: PersonFingerprint.hash(EmptyCollection<UInt8>()), isPlanted: false)
        }
    }
}
