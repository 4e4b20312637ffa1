import LeakTraceCore

/// Splits one seed into independent streams, one per field, so a record's name never depends on
/// whether its phone came from a pool or was generated, and each field can be re-derived alone.
///
/// ```swift
/// var streams = RandomStreams(seed: seed)
/// var nameRandom = streams.next()     // always the first stream
/// ```
struct RandomStreams {
    private var parent: DeterministicRandom

    init(seed: [UInt8]) { parent = DeterministicRandom(seed: seed) }

    /// The next child stream, seeded with 32 bytes drawn from the parent.
    mutating func next() -> DeterministicRandom {
        let words = (parent.next(), parent.next(), parent.next(), parent.next())
        return DeterministicRandom(seed: withUnsafeBytes(of: words) { Array($0) })
    }

    /// Passes over a child stream without building it.
    mutating func skip() {
        for _ in 0..<4 { _ = parent.next() }
    }

    /// The person's streams: name, phone and address, the first three children.
    static func person(seed: [UInt8]) -> (name: DeterministicRandom, phone: DeterministicRandom, address: DeterministicRandom) {
        var streams = RandomStreams(seed: seed)
        return (streams.next(), streams.next(), streams.next())
    }

    /// The order's stream: the fourth child.
    static func order(seed: [UInt8]) -> DeterministicRandom {
        var streams = RandomStreams(seed: seed)
        streams.skip()
        streams.skip()
        streams.skip()
        return streams.next()
    }
}
