import LeakTraceCore

/// A normalised full name as a 40-bit key for `SlotTable` (FNV-1a over its UTF-8, folded).
///
/// ```swift
/// NameKey.of("林晓岚")   // the same value in every process
/// ```
/// Two names may share a key (about one pair among a million names): that only brings a canary
/// into scoring, which compares the names themselves and finds them different. Swift's `Hasher`
/// is not used because it is seeded anew in each process.
enum NameKey {
    static func of(_ name: String) -> UInt64 {
        let hash = FNV1a.of(name.utf8)
        return (hash ^ hash >> 40) & SlotTable.maxKey
    }
}
