import LeakTraceCore

/// Fixed pseudo-random bytes for the binary-file test (DeterministicRandom, never the system generator).
struct FixedRandomBytes {
    var random: DeterministicRandom
    init(seed: UInt64) { random = DeterministicRandom(seed: seed) }
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }
}
