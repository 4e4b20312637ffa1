import LeakTraceCore

/// A text format: it reads the file's decoded text (encoding detected per file), so it never
/// deals with BOMs, GB18030 or UTF-16 itself.
///
/// Every format lives in its own file and is listed in a `ReaderRegistry`; the intake never names a
/// format, so adding one never touches the pipeline. Binary formats adopt `FormatReader` directly.
///
/// ```swift
/// struct SemicolonListReader: RecordReader {
///     static let format = "my-list"
///     static func confidence(for sample: FileSample) -> Double { sample.path.hasSuffix(".lst") ? 0.9 : 0 }
///     init() {}
///     func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary { … }
/// }
/// let registry = ReaderRegistry([SemicolonListReader.self] + ReaderRegistry.standard.readers)
/// ```
public protocol RecordReader: FormatReader {
    /// Streams records from decoded text. Counts damaged rows by reason instead of stopping.
    func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary
}

extension RecordReader {
    /// Decodes the input and reads the text; lines that held invalid bytes are counted as `bad-encoding`.
    public func read(_ input: ReaderInput, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        let text = try input.decodedText()
        var summary = try read(text, emit: emit)
        summary.add(SkipReason.badEncoding.rawValue, count: text.badLines, samples: text.badLineSamples)
        return summary
    }

    /// Every record at once; for small inputs and tests, where streaming buys nothing.
    public func readAll(_ text: DecodedText) throws -> (records: [SeizedRecord], summary: ReadSummary) {
        var records: [SeizedRecord] = []
        let summary = try read(text) { records.append($0) }
        return (records, summary)
    }

    /// Reads a string as if it were a UTF-8 file at `path`.
    public func readAll(_ string: String, path: String = "") throws -> (records: [SeizedRecord], summary: ReadSummary) {
        try readAll(DecodedText(path: path, string: string))
    }
}
