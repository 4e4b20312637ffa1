extension TextDecoding {
    /// The bytes of `string` in `encoding`, BOM included where the encoding has one; the inverse of
    /// `decode`. Used to write lists in the encodings brokers use (and by tests to produce real GBK).
    ///
    /// ```swift
    /// try TextDecoding.encode("张三", as: .gb18030)   // [0xD5, 0xC5, 0xC8, 0xFD]
    /// ```
    public static func encode(_ string: String, as encoding: TextEncoding) throws -> [UInt8] {
        let utf8 = Array(string.utf8)
        switch encoding {
        case .utf8: return utf8
        case .utf8BOM: return encoding.byteOrderMark + utf8
        case .gb18030, .utf16LE, .utf16BE:
            let converter = try IconvConverter(from: "UTF-8", to: encoding.iconvName)
            let output = try utf8.withUnsafeBytes { try converter.convert($0, skip: 1, replacement: nil) }
            return encoding.byteOrderMark + output.bytes
        }
    }
}
