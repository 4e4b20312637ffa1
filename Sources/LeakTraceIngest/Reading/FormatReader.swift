import LeakTraceCore

/// One input format, text or binary: it says how sure it is that it can read a file, then streams
/// the file's records from the file's raw bytes.
///
/// Text formats adopt `RecordReader` instead, which receives the decoded text and gets this
/// protocol's `read(_:emit:)` for free; binary formats (XLSX) adopt this one and read `input.bytes`.
/// The intake only ever calls `read(_:emit:)` here, so a new format never touches the pipeline.
///
/// ```swift
/// struct PDFListReader: FormatReader {
///     static let format = "pdf"
///     static func confidence(for sample: FileSample) -> Double { sample.head.starts(with: Array("%PDF".utf8)) ? 0.9 : 0 }
///     init() {}
///     func read(_ input: ReaderInput, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary { … }
/// }
/// let registry = ReaderRegistry([PDFListReader.self] + ReaderRegistry.standard.readers)
/// ```
public protocol FormatReader: Sendable {
    /// Short name used in evidence records: "csv", "xlsx", "jsonl", ...
    static var format: String { get }
    /// How sure this reader is that it can read the sample (0 = no, 1 = certain); the registry picks the best.
    static func confidence(for sample: FileSample) -> Double
    init()
    /// Streams records from the file. Counts damaged rows by reason instead of stopping; throws a
    /// one-line `LeakTraceError` naming the file only when nothing of it can be read.
    func read(_ input: ReaderInput, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary
}

extension FormatReader {
    /// Every record at once; for small inputs and tests, where streaming buys nothing.
    public func readAll(_ input: ReaderInput) throws -> (records: [SeizedRecord], summary: ReadSummary) {
        var records: [SeizedRecord] = []
        let summary = try read(input) { records.append($0) }
        return (records, summary)
    }
}
