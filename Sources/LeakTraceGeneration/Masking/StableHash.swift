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
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        // A final avalanche (SplitMix64's), so texts that differ only at the end still spread.
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return Int64(bitPattern: hash)
    }
}
