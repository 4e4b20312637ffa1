import LeakTraceCore

/// Positions in an array, found by a 64-bit hash of the element: an open-addressing table of
/// the hashes, so a lookup is a multiply and a probe or two in one cache line, where a
/// `Dictionary` would run SipHash and chase a bucket. Equal hashes are told apart by the caller.
///
/// ```swift
/// let names: [[Unicode.Scalar]] = …
/// let table = HashedPositions(hashes: names.map(hashOf))
/// table.first(hash: hashOf(text)) { names[$0] == text }   // its position, or nil
/// ```
struct HashedPositions: Sendable {
    private let hashes: [UInt64]
    private let positions: [Int32]
    private let shift: UInt64

    /// `elementHashes[i]` is the hash of the element at position `i`.
    init(hashes elementHashes: [UInt64]) {
        var bits: UInt64 = 4
        while (1 << bits) < elementHashes.count * 2 { bits += 1 }
        var hashes = [UInt64](repeating: 0, count: 1 << Int(bits))
        var positions = [Int32](repeating: -1, count: hashes.count)
        for (i, hash) in elementHashes.enumerated() {
            var slot = Self.start(hash, shift: 64 - bits)
            while positions[slot] >= 0 { slot = (slot + 1) & (positions.count - 1) }
            hashes[slot] = hash
            positions[slot] = Int32(i)
        }
        self.hashes = hashes
        self.positions = positions
        shift = 64 - bits
    }

    /// The first position with this hash for which `isIt` holds.
    @inline(__always)
    func first(hash: UInt64, where isIt: (Int) -> Bool) -> Int? {
        var slot = Self.start(hash, shift: shift)
        while true {
            let at = positions[slot]
            if at < 0 { return nil }
            if hashes[slot] == hash, isIt(Int(at)) { return Int(at) }
            slot = (slot + 1) & (positions.count - 1)
        }
    }

    @inline(__always)
    private static func start(_ hash: UInt64, shift: UInt64) -> Int { Int((hash &* SplitMix64.golden) >> shift) }
}
