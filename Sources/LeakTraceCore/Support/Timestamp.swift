import Foundation

/// ISO 8601 in and out, one format everywhere, so registry rows, JSON and reports agree to the second.
///
/// ```swift
/// Timestamp.format(date)                       // "2026-11-23T09:30:00Z"
/// try Timestamp.parse("2026-11-01T08:00:00+08:00")
/// ```
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        // Years 1–9999 have a four-digit form; anything else keeps the formatter's own spelling.
        guard seconds > -62_135_596_800, seconds < 253_402_300_800 else {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
        return canonicalText(date)
    }

    /// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SSZ` and offsets such as `+08:00`.
    public static func parse(_ text: String) throws -> Date {
        if let date = canonicalDate(text) { return date }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: trimmed) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: trimmed) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        if let date = day.date(from: trimmed) { return date }
        throw LeakTraceError.invalidInput("'\(text)' is not an ISO 8601 time (for example 2026-11-01T08:00:00+08:00)")
    }

    /// Drops sub-second precision, so a time survives a round trip through text unchanged.
    public static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
