/// The formats LeakTrace can read, asked in turn how sure each is about a file; the surest reads it.
///
/// ```swift
/// let sample = FileSample(path: path, head: head)
/// if let reader = ReaderRegistry.standard.reader(for: sample) {
///     _ = try reader.init().read(ReaderInput(path: path, bytes: bytes, sample: sample)) { record in … }
/// }
/// ```
public struct ReaderRegistry: Sendable {
    public let readers: [any FormatReader.Type]

    /// Every reader that ships with LeakTrace; the free-text reader last, as the fallback.
    /// Specific formats come first, so they win ties against the general ones.
    public static let standard = ReaderRegistry([
        XLSXReader.self, JSONReader.self, SQLDumpReader.self, ChatExportReader.self,
        DelimitedTextReader.self, LineTextReader.self,
    ])

    /// Readers earlier in the list win ties.
    public init(_ readers: [any FormatReader.Type]) {
        self.readers = readers
    }

    /// The reader most confident it can read the sample, or nil when none can (binary or unknown content).
    public func reader(for sample: FileSample) -> (any FormatReader.Type)? {
        var best: (any FormatReader.Type)?
        var bestConfidence = 0.0
        for reader in readers {
            let confidence = reader.confidence(for: sample)
            if confidence > bestConfidence {
                best = reader
                bestConfidence = confidence
            }
        }
        return best
    }

    /// The reader registered under `format`, for an examiner who names the format outright.
    public func reader(named format: String) -> (any FormatReader.Type)? {
        readers.first { $0.format == format }
    }
}
