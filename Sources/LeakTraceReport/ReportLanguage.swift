/// The language a report is written in. Numbers, hashes and identifiers are the same in both;
/// only the prose, the labels and the displayed time zone change.
///
/// ```swift
/// let language = ReportLanguage(rawValue: "zh") ?? .en
/// try ReportWriter(signingKey: key).write(findings, language: language, to: directory)
/// ```
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
    case zh, en
}
