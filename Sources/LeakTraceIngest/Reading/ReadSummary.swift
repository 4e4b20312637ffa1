/// What reading one file produced: how many records, and which rows were damaged and why.
///
/// ```swift
/// var summary = ReadSummary()
/// summary.skip(.brokenQuoting, line: 7)
/// summary.skipped          // ["broken-quoting": 1]
/// summary.skippedSamples   // ["broken-quoting": [7]]
/// ```
public struct ReadSummary: Sendable, Equatable {
    /// Records emitted.
    public var records: Int
    /// Reason (`SkipReason.rawValue`) → number of damaged rows.
    public var skipped: [String: Int]
    /// Reason → the first few line numbers (1-based), so an examiner can look at them.
    public var skippedSamples: [String: [Int]]
    /// The reader's precise name for what it read when it differs from its `format` ("tsv" for a
    /// tab-delimited file read by the delimited-text reader); nil means the reader's `format`.
    public var format: String?
    /// The encoding a binary reader found inside the file (XLSX parts are UTF-8), in place of the one
    /// detected from the file's first bytes, which for a binary file means nothing; nil for text readers.
    public var encoding: TextEncoding?

    /// How many line numbers are kept per reason.
    public static let sampleLimit = 5

    public init(
        records: Int = 0, skipped: [String: Int] = [:], skippedSamples: [String: [Int]] = [:], format: String? = nil,
        encoding: TextEncoding? = nil
    ) {
        self.records = records
        self.skipped = skipped
        self.skippedSamples = skippedSamples
        self.format = format
        self.encoding = encoding
    }

    public mutating func skip(_ reason: SkipReason, line: Int) {
        add(reason.rawValue, count: 1, samples: [line])
    }

    /// Adds `count` damaged rows for `reason`, keeping the first few line numbers.
    public mutating func add(_ reason: String, count: Int, samples: [Int]) {
        guard count > 0 else { return }
        skipped[reason, default: 0] += count
        var kept = skippedSamples[reason, default: []]
        for line in samples where kept.count < Self.sampleLimit && !kept.contains(line) { kept.append(line) }
        skippedSamples[reason] = kept.sorted()
    }

    /// Every damaged row, whatever the reason.
    public var totalSkipped: Int { skipped.values.reduce(0, +) }
}
