/// Strict hexadecimal decoding, for digests and keys read back from reports and registries.
///
/// Upper and lower case are accepted; anything else (odd length, spaces, `0x`) is rejected, because
/// a hash that silently lost a character must not compare as "different evidence" later.
///
/// ```swift
/// let bytes = try Hex.decode("900150983cd24fb0d6963f7d28e17f72")   // 16 bytes
/// bytes.hexString                                                   // round-trips, lowercase
/// ```
public enum Hex {
    /// Errors name the offending position, never the text, since the text may be a secret key.
    public static func decode(_ text: String) throws -> [UInt8] {
        let utf8 = text.utf8
        guard utf8.count % 2 == 0 else {
            throw CryptoError("invalid hex: odd number of digits (\(utf8.count))")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var high: UInt8 = 0
        for (position, character) in utf8.enumerated() {
            guard let nibble = value(of: character) else {
                throw CryptoError("invalid hex: unexpected character at offset \(position)")
            }
            if position % 2 == 0 {
                high = nibble << 4
            } else {
                bytes.append(high | nibble)
            }
        }
        return bytes
    }

    @inline(__always)
    private static func value(of character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}
