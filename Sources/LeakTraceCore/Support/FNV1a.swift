/// 64-bit FNV-1a: the same value in every process and on every platform, unlike `Hasher`, which is
/// seeded anew in each; for keys stored in the registry or compared across runs and threads.
///
/// ```swift
/// FNV1a.of("林晓岚".utf8)      // a fixed UInt64
/// var h = FNV1a()
/// for s in "西湖区".unicodeScalars { h.add(UInt64(s.value)) }
/// h.value
/// ```
public struct FNV1a: Sendable {
    public static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    public private(set) var value = offset

    public init() {}

    /// One step: a byte, or a wider unit (a scalar's value) taken as one.
    @inline(__always)
    public mutating func add(_ unit: UInt64) {
        value = (value ^ unit) &* Self.prime
    }

    public static func of<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var hash = FNV1a()
        for byte in bytes { hash.add(UInt64(byte)) }
        return hash.value
    }
}
