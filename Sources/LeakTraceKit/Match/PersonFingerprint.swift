/// A person (valid mobile number plus normalised name) as one 64-bit value, so the de-duplication
/// set of a list of millions holds integers, not strings: 8 bytes a person instead of a `String` key.
///
/// ```swift
/// let key = PersonFingerprint.of(phone: 13812345678, name: "张伟")
/// key == PersonFingerprint.of(phone: 13812345678, nameHash: PersonFingerprint.hash("张伟".utf8))   // true
/// ```
/// FNV-1a, not `Hasher`: `Hasher` is seeded per process, and the counts (which rows are duplicates)
/// must be the same on every run. Two different persons share a value with probability about
/// n² / 2⁶⁵ (under 3 in a million at ten million rows), the price of a bounded memory.
public enum PersonFingerprint {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a of the name's UTF-8 bytes.
    public static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var value = offset
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* prime
        }
        return value
    }

    public static func of(phone: UInt64, nameHash: UInt64) -> UInt64 {
        // A final mix (splitmix64's) so that numbers differing in a digit spread over the whole word.
        var z = nameHash ^ (phone &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public static func of(phone: UInt64, name: String) -> UInt64 {
        of(phone: phone, nameHash: hash(name.utf8))
    }
}
