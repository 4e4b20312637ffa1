/// A full mobile number held as an integer, with its digits also packed four bits each, so index
/// keys and mask checks need no string work.
///
/// ```swift
/// let key = PhoneKey(digits: "13812345678")!
/// key.value      // 13812345678
/// key.head3      // 138
/// key.tail4      // 5678
/// ```
@usableFromInline
struct PhoneKey: Hashable, Sendable {
    @usableFromInline let value: UInt64
    /// Position `i` in bits `4i ..< 4i+4`, as in `MaskedDigits`.
    @usableFromInline let packedDigits: UInt64

    @usableFromInline
    init(value: UInt64, packedDigits: UInt64) {
        self.value = value
        self.packedDigits = packedDigits
    }

    /// Eleven ASCII digits, nothing else.
    init?(digits: String) {
        var value: UInt64 = 0
        var packed: UInt64 = 0
        var i: UInt64 = 0
        for byte in digits.utf8 {
            guard i < 11, byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + UInt64(byte - 0x30)
            packed |= UInt64(byte - 0x30) << (4 * i)
            i += 1
        }
        guard i == 11 else { return nil }
        self.init(value: value, packedDigits: packed)
    }

    /// From eleven digit values (0–9).
    init(symbols: UnsafeBufferPointer<UInt8>) {
        var value: UInt64 = 0
        var packed: UInt64 = 0
        for (i, d) in symbols.enumerated() {
            value = value * 10 + UInt64(d)
            packed |= UInt64(d) << (4 * UInt64(i))
        }
        self.init(value: value, packedDigits: packed)
    }

    /// A planted number's key, as `PhoneNormalizer.observe` reads it: eleven plain digits starting
    /// 13–19 (how numbers are planted) directly, any other text through the normaliser.
    static func planted(_ text: String) -> PhoneKey? {
        if let key = PhoneKey(digits: text), key.head3 / 100 == 1, (3...9).contains(key.head3 / 10 % 10) { return key }
        guard case .full(let digits)? = PhoneNormalizer.observe(text) else { return nil }
        return PhoneKey(digits: digits)
    }

    var head3: UInt32 { UInt32(value / 100_000_000) }
    var head7: UInt32 { UInt32(value / 10_000) }
    var tail2: UInt32 { UInt32(value % 100) }
    var tail4: UInt32 { UInt32(value % 10_000) }
}
