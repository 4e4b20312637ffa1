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
        /// Whether the name, normalised, is a planted full name (a blocking key of the matcher); nil
        /// until asked: only masked rows ask, and the lookup hashes a Han `String` (≈ 3.7 k instructions).
        var isPlanted: Bool?
    }

    let index: CanaryIndex
    private var known: [Key: Entry] = [:]

    init(index: CanaryIndex) {
        self.index = index
    }

    mutating func hash<Row: RowCells>(_ row: Row, column: Int) -> UInt64 {
        lookup(row, column: column, planted: false).hash
    }

    /// Whether the name in the cell, normalised, is a planted full name.
    mutating func isPlanted<Row: RowCells>(_ row: Row, column: Int) -> Bool {
        lookup(row, column: column, planted: true).isPlanted ?? false
    }

    /// The cell's entry; with `planted`, its `isPlanted` is filled in.
    mutating func lookup<Row: RowCells>(_ row: Row, column: Int, planted: Bool) -> Entry {
        guard let bytes = row.plainBytes(at: column) else {
            return Self.entry(row.value(at: column), index: index, planted: planted)
        }
        // Most names of a list are plain and distinct: one that normalises to itself is hashed
        // from its bytes, which costs less than remembering it.
        if !planted, NameNormalizer.isPlainFullName(utf8: bytes) == true {
            return Entry(hash: PersonFingerprint.hash(bytes), isPlanted: nil)
        }
        guard let key = Key(bytes) else {
            return Self.entry(row.value(at: column), index: index, planted: planted)
        }
        if let found = known[key], !planted || found.isPlanted != nil { return found }
        let value = Self.entry(String(decoding: bytes, as: UTF8.self), index: index, planted: planted)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[key] = value
        return value
    }

    private static func entry(_ name: String, index: CanaryIndex, planted: Bool) -> Entry {
        switch NameNormalizer.observe(name) {
        case .full(let full)?:
            return Entry(hash: PersonFingerprint.hash(full.utf8), isPlanted: planted ? index.hasPlantedName(full) : nil)
        default:
            return Entry(hash: PersonFingerprint.hash(EmptyCollection<UInt8>()), isPlanted: false)
        }
    }
}
