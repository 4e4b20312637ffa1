/// An eleven-position mobile number with some positions hidden, as waybills print it.
///
/// Positions are fixed: `138****5678` shows positions 0–2 and 7–10. The matcher only ever asks
/// whether a planted number could be behind the mask, and how many digits it could check.
///
/// ```swift
/// let m = MaskedDigits("138****5678")!
/// m.visibleCount                          // 7
/// m.isCompatible(with: "13812345678")     // true
/// m.isCompatible(with: "13912345678")     // false
/// m.description                           // "138****5678"
/// ```
public struct MaskedDigits: Hashable, Sendable, CustomStringConvertible {
    /// Position `i` lives in bits `4i ..< 4i+4`; hidden positions hold 0.
    @usableFromInline let packed: UInt64
    /// Bit `i` set when position `i` is visible.
    @usableFromInline let visible: UInt16

    public static let length = 11

    @usableFromInline
    init(packed: UInt64, visible: UInt16) {
        self.packed = packed
        self.visible = visible & 0x7FF
    }

    /// Reads a pattern of exactly eleven ASCII digits and `*` (any other character is refused).
    public init?(_ pattern: String) {
        var packed: UInt64 = 0
        var visible: UInt16 = 0
        var i = 0
        for byte in pattern.utf8 {
            guard i < MaskedDigits.length else { return nil }
            if byte >= 0x30 && byte <= 0x39 {
                packed |= UInt64(byte - 0x30) << (4 * UInt64(i))
                visible |= 1 << UInt16(i)
            } else if byte != 0x2A {
                return nil
            }
            i += 1
        }
        guard i == MaskedDigits.length else { return nil }
        self.init(packed: packed, visible: visible)
    }

    /// Builds from eleven symbols, `nil` meaning hidden.
    public init?(positions: [UInt8?]) {
        guard positions.count == MaskedDigits.length else { return nil }
        var packed: UInt64 = 0
        var visible: UInt16 = 0
        for (i, d) in positions.enumerated() {
            guard let d else { continue }
            guard d < 10 else { return nil }
            packed |= UInt64(d) << (4 * UInt64(i))
            visible |= 1 << UInt16(i)
        }
        self.init(packed: packed, visible: visible)
    }

    /// The number of positions a planted number can be checked against.
    public var visibleCount: Int { visible.nonzeroBitCount }

    /// Whether position `i` (0-based) is shown.
    @inlinable
    public func isVisible(_ i: Int) -> Bool { visible & (1 << UInt16(i)) != 0 }

    /// The digit at position `i`, or `nil` when hidden.
    @inlinable
    public func digit(at i: Int) -> UInt8? {
        isVisible(i) ? UInt8((packed >> (4 * UInt64(i))) & 0xF) : nil
    }

    /// Whether `digits` (eleven ASCII digits) agrees with every visible position.
    public func isCompatible(with digits: String) -> Bool {
        guard let value = PhoneKey(digits: digits) else { return false }
        return isCompatible(with: value)
    }

    /// The allocation-free form the matcher uses.
    @inlinable
    func isCompatible(with key: PhoneKey) -> Bool {
        (key.packedDigits & mask) == packed
    }

    /// A nibble mask over the visible positions.
    @usableFromInline var mask: UInt64 {
        var m: UInt64 = 0
        for i in 0..<MaskedDigits.length where visible & (1 << UInt16(i)) != 0 {
            m |= 0xF << (4 * UInt64(i))
        }
        return m
    }

    /// `138****5678`: visible digits, `*` for each hidden position.
    public var description: String {
        var out = ""
        out.reserveCapacity(MaskedDigits.length)
        for i in 0..<MaskedDigits.length {
            if let d = digit(at: i) {
                out.unicodeScalars.append(Unicode.Scalar(0x30 + UInt32(d))!)
            } else {
                out.append("*")
            }
        }
        return out
    }
}
