/// A seeded random number generator (xoshiro256**) whose output is fixed by its seed on every
/// platform and Swift version, so the same key re-derives the same canary.
///
/// The seed comes from the registry's secret through HKDF (in the Kit), so the stream is as
/// unpredictable as the key; this type only has to spread it, not protect it.
///
/// ```swift
/// var rng = DeterministicRandom(seed: hkdfOutput)   // 32 bytes
/// let i = rng.uniform(10)                            // 0..<10, unbiased
/// ```
public struct DeterministicRandom: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// Uses the first 32 bytes of `seed` (fewer are zero-padded after mixing).
    public init(seed: [UInt8]) {
        var words = [UInt64](repeating: 0, count: 4)
        for (i, byte) in seed.prefix(32).enumerated() {
            words[i / 8] |= UInt64(byte) << (8 * UInt64(i % 8))
        }
        // SplitMix64 whitening, so a short or zero seed still gives a non-degenerate state.
        var mix = words[0] ^ SplitMix64.golden
        func splitmix(_ x: inout UInt64) -> UInt64 {
            x &+= SplitMix64.golden
            return SplitMix64.mixed(x)
        }
        s0 = words[0] ^ splitmix(&mix)
        s1 = words[1] ^ splitmix(&mix)
        s2 = words[2] ^ splitmix(&mix)
        s3 = words[3] ^ splitmix(&mix)
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// Seeds from a 64-bit value (tests and non-secret streams such as demo background rows).
    public init(seed: UInt64) {
        self.init(seed: (0..<8).map { UInt8(truncatingIfNeeded: seed >> (8 * UInt64($0))) })
    }

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform integer in `0..<bound` (Lemire's method), fixed by the seed, never by the stdlib.
    public mutating func uniform(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A uniform integer in a closed range.
    public mutating func uniform(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + uniform(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in [0, 1) with 53 bits of precision.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Picks one element uniformly.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + uniform(items.count)]
    }
}
