/// A seized file's content as text, with the damage decoding found in it.
///
/// ```swift
/// let text = try TextDecoding.decodedText(bytes, as: .gb18030, path: "list.txt")
/// text.badLines          // lines that held invalid bytes (read with U+FFFD in their place)
/// let reader = DelimitedTextReader()
/// _ = try reader.read(text) { record in print(record.phone ?? "-") }
/// ```
/// Readers scan `string.utf8`, which is contiguous for native strings, so parsing works on bytes.
public struct DecodedText: Sendable {
    /// The file the text came from, for error messages.
    public let path: String
    public let encoding: TextEncoding
    /// The text, without byte-order mark. Invalid input bytes appear as U+FFFD.
    public let string: String
    /// Lines (1-based) that held invalid bytes, counted once each.
    public let badLines: Int
    /// The first few of those line numbers, so an examiner can look at them.
    public let badLineSamples: [Int]

    public init(path: String = "", encoding: TextEncoding = .utf8, string: String, badLines: Int = 0, badLineSamples: [Int] = []) {
        self.path = path
        self.encoding = encoding
        self.string = string
        self.badLines = badLines
        self.badLineSamples = badLineSamples
    }

    /// Runs `body` over the text's UTF-8 bytes without copying them (native strings are contiguous).
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = string
        return try text.withUTF8(body)
    }
}
