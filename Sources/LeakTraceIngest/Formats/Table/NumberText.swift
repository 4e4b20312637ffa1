/// How numbers stored as numbers are written back as text, so a phone kept in a numeric cell reads
/// as the phone: `13812345678`, `1.3812345678E10` and `13812345678.0` all give `13812345678`.
///
/// ```swift
/// NumberText.render("1.3812345678E10")   // "13812345678"
/// NumberText.render("0.5")               // "0.5" (not an integer: as written)
/// ```
/// Used by every reader of typed data (XLSX cells, JSON numbers, SQL literals).
public enum NumberText {
    /// Integers up to this size are exact in a Double, so rendering them is exact too.
    static let exactLimit = 9_007_199_254_740_992.0   // 2^53

    /// Integral values as plain integers; anything else (fractions, huge or malformed numbers) as written.
    public static func render(_ raw: String) -> String {
        guard let first = raw.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else { return raw }
        // Plain integers are already as they should be, and may be longer than a Double holds exactly.
        if raw.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return raw }
        guard raw.utf8.count <= 32, let value = Double(raw), value.isFinite, value == value.rounded(.towardZero),
              abs(value) < exactLimit
        else { return raw }
        return String(Int64(value))
    }
}
