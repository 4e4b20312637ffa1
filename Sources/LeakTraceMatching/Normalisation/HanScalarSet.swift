/// A set of scalars in U+3400…U+9FFF (CJK Extension A and the Unified Ideographs), as bits: one
/// test a scalar, where a hash lookup or a chain of comparisons would run for every character of
/// every name and address a match reads. Scalars outside the block are never members.
///
/// ```swift
/// let folded = HanScalarSet { ScriptFolding.simplified($0) != $0 }
/// folded.contains("區")   // true
/// ```
struct HanScalarSet: Sendable {
    static let range: Range<UInt32> = 0x3400..<0xA000

    private let bits: [UInt64]

    init(where isMember: (Unicode.Scalar) -> Bool) {
        var bits = [UInt64](repeating: 0, count: Self.range.count / 64)
        for value in Self.range {
            guard let s = Unicode.Scalar(value), isMember(s) else { continue }
            let offset = value - Self.range.lowerBound
            bits[Int(offset >> 6)] |= 1 << UInt64(offset & 63)
        }
        self.bits = bits
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        let offset = s.value &- Self.range.lowerBound
        guard offset < UInt32(Self.range.count) else { return false }
        return bits[Int(offset >> 6)] & (1 << UInt64(offset & 63)) != 0
    }
}
