import LeakTraceCore

/// The fallback for free text (chat exports, notes, OCR output): every non-blank line is a record
/// numbered by its line, with the line as its only cell, for the matcher to search.
///
/// ```swift
/// let (records, _) = try LineTextReader().readAll("收件人 张伟\n\n电话 13800138000\n")
/// records.map(\.number)   // [1, 3]
/// records[1].cells        // ["电话 13800138000"]
/// ```
/// It reads anything that is text, so it answers with a low confidence and any specific reader wins.
public struct LineTextReader: RecordReader {
    public static let format = "text"

    /// A line longer than this is skipped as `too-long` (a 60 MB line with no newline is no record).
    public let maxLineBytes: Int

    public init() {
        self.init(maxLineBytes: 1 << 20)
    }

    public init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
    }

    public static func confidence(for sample: FileSample) -> Double {
        sample.looksBinary ? 0 : 0.1
    }

    public func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        try text.withUTF8 { bytes in
            var summary = ReadSummary()
            var start = 0
            var line = 1
            while start < bytes.count {
                let end = DelimitedScanner.lineEnd(in: bytes, from: start)
                defer {
                    start = end + 1
                    line += 1
                }
                var contentEnd = end
                if contentEnd > start && bytes[contentEnd - 1] == DelimitedScanner.carriageReturn { contentEnd -= 1 }
                if contentEnd - start > maxLineBytes {
                    summary.skip(.tooLong, line: line)
                    continue
                }
                let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<contentEnd]), as: UTF8.self)
                guard content.contains(where: { !$0.isWhitespace }) else { continue }
                summary.records += 1
                try emit(SeizedRecord(number: line, cells: [content], seen: content))
            }
            return summary
        }
    }
}
