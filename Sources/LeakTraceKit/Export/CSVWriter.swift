import Foundation

/// Writes RFC 4180 CSV in UTF-8, neutralising cells a spreadsheet would run as formulas.
///
/// ```swift
/// var csv = CSVWriter(header: ["name", "phone", "address"])
/// csv.append(["张伟", "13812345678", "浙江省杭州市…"])
/// try csv.write(to: url)
/// ```
/// Exports go into an entity's own systems, and seized lists are opened in Excel: a cell that starts
/// with `=`, `+`, `-` or `@` is prefixed with `'` so that it stays text (CSV injection).
public struct CSVWriter: Sendable {
    public private(set) var text: String

    public init(header: [String]) {
        text = ""
        append(header)
    }

    public mutating func append(_ row: [String]) {
        text += row.map(Self.escape).joined(separator: ",")
        text += "\r\n"
    }

    public static func escape(_ cell: String) -> String {
        var value = cell
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// Writes to a temporary file beside `url`, then renames, so a reader never sees half a file.
    public func write(to url: URL) throws {
        try AtomicFile.write(Data(text.utf8), to: url)
    }
}
