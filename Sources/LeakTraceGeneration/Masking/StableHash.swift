import LeakTraceCore

/// A 64-bit FNV-1a hash of UTF-8 text: the same on every run and platform, unlike `Hasher`,
/// so it can be stored in the registry and looked up later.
///
/// Used for index keys only. Two texts with the same hash are treated as taken, which at worst
/// costs one more draw (about one chance in 10^12 among a million canaries); it never lets two
/// equal texts through.
///
/// ```swift
/// StableHash.of("surname-only|陈**|浙江省杭州市…")   // a fixed Int64
/// ```
public enum StableHash {
    public static func of(_ text: String) -> Int64 {
        // A final avalanche, so texts that differ only at the end still spread.
        Int64(bitPattern: SplitMix64.mixed(FNV1a.of(text.utf8)))
    }
}
