import Foundation
import LeakTraceCore

/// A seized file as taken in: its size, integrity values over its raw bytes, and how it was read.
///
/// ```swift
/// let (file, summary) = try EvidenceIntake().read(path: "seized/list.csv") { _ in }
/// file.sha256    // 64 hex digits, over the bytes as seized
/// let item = file.evidenceItem(summary: summary, examiner: "li.wei", at: Date())
/// ```
/// MD5 sits beside SHA-256 because police forms still ask for it; SM3 is the national standard.
public struct EvidenceFile: Sendable, Hashable {
    public let path: String
    public let bytes: Int
    public let sha256: String
    public let md5: String
    public let sm3: String
    public let encoding: TextEncoding
    public let format: String

    public init(path: String, bytes: Int, sha256: String, md5: String, sm3: String, encoding: TextEncoding, format: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.md5 = md5
        self.sm3 = sm3
        self.encoding = encoding
        self.format = format
    }

    /// The registry's evidence record for this file after reading it.
    public func evidenceItem(summary: ReadSummary, examiner: String, at intakeAt: Date) -> EvidenceItem {
        EvidenceItem(
            path: path, sha256: sha256, md5: md5, sm3: sm3, bytes: bytes, records: summary.records,
            encoding: encoding.rawValue, format: format, skipped: summary.skipped, examiner: examiner, intakeAt: intakeAt
        )
    }
}
