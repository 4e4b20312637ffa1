/// The character encodings LeakTrace recognises in seized text, named as evidence records name them.
///
/// ```swift
/// let encoding = TextDecoding.detect(headBytes)   // .gb18030 for a GBK broker list
/// encoding.rawValue                               // "gb18030"
/// ```
/// GBK and GB2312 are read as GB18030, their superset, so one name covers all three.
public enum TextEncoding: String, Codable, Hashable, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case gb18030
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    /// The byte-order mark this encoding's files start with, if it has one.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: []
        case .utf8BOM: [0xEF, 0xBB, 0xBF]
        case .gb18030: []
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        }
    }

    /// The name iconv knows it by; the BOM is stripped beforehand, so the explicit-endian names are used.
    var iconvName: String {
        switch self {
        case .utf8, .utf8BOM: "UTF-8"
        case .gb18030: "GB18030"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }

    /// Bytes to skip past an invalid sequence: UTF-16 must stay aligned on code units.
    var invalidSkip: Int {
        switch self {
        case .utf16LE, .utf16BE: 2
        default: 1
        }
    }
}
