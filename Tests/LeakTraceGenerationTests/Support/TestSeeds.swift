import LeakTraceCore

/// Distinct, well-spread 32-byte seeds standing in for the registry's HKDF output.
enum TestSeeds {
    static func seed(_ index: Int) -> [UInt8] {
        var rng = DeterministicRandom(seed: UInt64(index) &+ 0x5EED)
        let words = (rng.next(), rng.next(), rng.next(), rng.next())
        return withUnsafeBytes(of: words) { Array($0) }
    }
}
