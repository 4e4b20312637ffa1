/// SplitMix64's output function: spreads every input bit over the whole word, so values that
/// differ in one digit or one trailing byte land far apart (index keys, person fingerprints,
/// seed whitening).
///
/// ```swift
/// SplitMix64.mixed(13812345678)   // a fixed, well-spread UInt64
/// ```
public enum SplitMix64 {
    public static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    public static func mixed(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
