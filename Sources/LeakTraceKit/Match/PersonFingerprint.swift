import LeakTraceCore

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
    /// FNV-1a of the name's UTF-8 bytes.
    public static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        FNV1a.of(bytes)
    }

    public static func of(phone: UInt64, nameHash: UInt64) -> UInt64 {
        // A final mix so that numbers differing in a digit spread over the whole word.
        SplitMix64.mixed(nameHash ^ (phone &* SplitMix64.golden))
    }

    public static func of(phone: UInt64, name: String) -> UInt64 {
        of(phone: phone, nameHash: hash(name.utf8))
    }
}
