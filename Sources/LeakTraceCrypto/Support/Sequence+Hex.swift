extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal, the form police forms and CASE/UCO hash facets use.
    ///
    /// ```swift
    /// Digest.hash(Array("abc".utf8), .md5).hexString   // "900150983cd24fb0d6963f7d28e17f72"
    /// ```
    public var hexString: String {
        let digits: StaticString = "0123456789abcdef"
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        digits.withUTF8Buffer { table in
            for byte in self {
                text.append(table[Int(byte >> 4)])
                text.append(table[Int(byte & 0x0F)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
