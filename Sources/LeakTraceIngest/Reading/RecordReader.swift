import LeakTraceCore

/// One input format: it says how sure it is that it can read a file, then streams the file's records.
///
/// Every format lives in its own file and is listed in a `ReaderRegistry`; the intake never names a
/// format, so adding one (XLSX, chat exports, SQL dumps) never touches the pipeline.
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
public protocol RecordReader: Sendable {
    /// Short name used in evidence records: "csv", "tsv", "text", "jsonl", ...
    static var format: String { get }
    /// How sure this reader is that it can read the sample (0 = no, 1 = certain); the registry picks the best.
    static func confidence(for sample: FileSample) -> Double
    init()
    /// Streams records from decoded text. Counts damaged rows by reason instead of stopping.
    func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary
}

extension RecordReader {
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
