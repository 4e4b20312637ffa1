import Foundation

/// One seized file as taken in: what it is, its integrity values, and how it was read.
public struct EvidenceItem: Codable, Hashable, Sendable {
    public var path: String
    public var sha256: String
    public var md5: String
    public var sm3: String
    public var bytes: Int
    public var records: Int
    public var encoding: String
    public var format: String
    /// Rows that could not be read, by reason (`bad-encoding`, `broken-quoting`, `too-long` …).
    public var skipped: [String: Int]
    /// Reason → the first few line numbers (1-based) of those rows, so an examiner can open the file at
    /// them; nil in JSON written before it existed, and when nothing was skipped.
    public var skippedLines: [String: [Int]]?
    public var examiner: String
    public var intakeAt: Date

    public init(
        path: String, sha256: String, md5: String, sm3: String, bytes: Int, records: Int,
        encoding: String, format: String, skipped: [String: Int] = [:], skippedLines: [String: [Int]]? = nil, examiner: String,
        intakeAt: Date
    ) {
        self.path = path
        self.sha256 = sha256
        self.md5 = md5
        self.sm3 = sm3
        self.bytes = bytes
        self.records = records
        self.encoding = encoding
        self.format = format
        self.skipped = skipped
        self.skippedLines = skippedLines
        self.examiner = examiner
        self.intakeAt = intakeAt
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, md5, sm3, bytes, records, encoding, format, skipped, examiner
        case intakeAt = "intake_at"
        case skippedLines = "skipped_lines"
    }
}
