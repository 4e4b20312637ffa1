/// What a reader gets to read: the file's raw bytes, the sample it was chosen on, and the text on demand.
///
/// ```swift
/// let input = ReaderInput(path: "list.xlsx", bytes: bytes)
/// try XLSXReader().read(input) { record in … }        // binary readers use `bytes`
/// let text = try input.decodedText()                    // text readers get this through `RecordReader`
/// ```
/// Decoding is deferred to `decodedText()`, so a binary format never pays for (or chokes on) a
/// text conversion of its bytes.
public struct ReaderInput: Sendable {
    /// The file's path as the examiner named it (for an archive member, `archive.zip!/member`).
    public let path: String
    public let bytes: [UInt8]
    public let sample: FileSample
    /// How far a compressed format (XLSX) may expand while it is read.
    public let limits: ExpansionLimits

    public init(path: String, bytes: [UInt8], sample: FileSample, limits: ExpansionLimits = .standard) {
        self.path = path
        self.bytes = bytes
        self.sample = sample
        self.limits = limits
    }

    /// Samples the bytes itself; for tests and callers that hold a whole file in memory.
    public init(path: String, bytes: [UInt8], limits: ExpansionLimits = .standard) {
        let sample = FileSample(path: path, head: Array(bytes.prefix(TextDecoding.sampleSize)), isWholeFile: bytes.count <= TextDecoding.sampleSize)
        self.init(path: path, bytes: bytes, sample: sample, limits: limits)
    }

    /// The bytes decoded in the sample's encoding, with the lines that held invalid bytes counted.
    public func decodedText() throws -> DecodedText {
        try TextDecoding.decodedText(bytes, as: sample.encoding, path: path)
    }
}
