/// Why a row of a seized file could not be read cleanly; the raw values are the keys of `ReadSummary.skipped`.
///
/// ```swift
/// summary.skip(.brokenQuoting, line: 12)
/// summary.skipped["broken-quoting"]   // 1
/// ```
public enum SkipReason: String, Sendable, CaseIterable {
    /// The line held bytes invalid in the file's encoding. Such lines are still read, with U+FFFD in place
    /// of the bad bytes, so that a phone number beside the damage is not lost; they are counted here.
    case badEncoding = "bad-encoding"
    /// A quoted field never closed (within the limits a real record stays in); the line was skipped.
    case brokenQuoting = "broken-quoting"
    /// The record is longer than any real record (for example a 60 MB line); it was skipped.
    case tooLong = "too-long"
    /// The record does not parse in its format (a JSON line, an SQL tuple or a spreadsheet row that is
    /// cut short or garbled); it was skipped and reading went on where the format allows.
    case malformed = "malformed"
}
