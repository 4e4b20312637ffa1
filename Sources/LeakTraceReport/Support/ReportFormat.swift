import Foundation
import LeakTraceCore

/// Locale-free rendering of numbers and times, so a report's bytes never depend on the machine
/// that wrote it (a `NumberFormatter` follows the user's locale; these functions do not).
///
/// ```swift
/// ReportFormat.grouped(619109)                    // "619,109"
/// ReportFormat.time(date, language: .zh)          // "2026-11-23 17:30:00" (Beijing time)
/// ```
public enum ReportFormat {
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    public static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let text = String(format: "%.\(decimals)f", value)
        // "-0.00" reads as a sign error in a court document.
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A weight with its sign, so agreement (+) and disagreement (−) read apart: "+13.2", "−4.3".
    public static func signed(_ value: Double, _ decimals: Int) -> String {
        let text = fixed(abs(value), decimals)
        if Double(text) == 0 { return text }
        return (value < 0 ? "−" : "+") + text
    }

    /// A probability with enough digits to tell 0.999 from 0.999999, never in exponent form.
    public static func probability(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, 0) }
        if value == 0 || value == 1 { return fixed(value, 1) }
        if value > 0.999_999 { return "> 0.999999" }
        if value < 0.000_001 { return "< 0.000001" }
        return fixed(value, 6)
    }

    /// A posterior: a computed 1 or 0 is a rounding artefact of a model that never rules a
    /// hypothesis in or out outright, so it is printed as a bound, never as certainty.
    public static func posterior(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, 0) }
        if value >= 0.999_999 { return "> 0.999999" }
        if value <= 0.000_001 { return "< 0.000001" }
        return fixed(value, 6)
    }

    /// "1.67 × 10^14" as HTML, from log10 LR; small ratios are printed plainly.
    static func likelihoodRatioHTML(log10LR: Double) -> String {
        guard log10LR.isFinite else { return log10LR > 0 ? "∞" : "0" }
        if let plain = plainRatio(log10LR) { return plain }
        let exponent = log10LR.rounded(.down)
        let mantissa = pow(10, log10LR - exponent)
        return "\(fixed(mantissa, 2)) × 10<sup>\(Int(exponent))</sup>"
    }

    /// The same in running text: "1.58 × 10¹⁴", readable without markup.
    public static func likelihoodRatioProse(log10LR: Double) -> String {
        guard log10LR.isFinite else { return log10LR > 0 ? "∞" : "0" }
        if let plain = plainRatio(log10LR) { return plain }
        let exponent = log10LR.rounded(.down)
        let superscripts: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"]
        return "\(fixed(pow(10, log10LR - exponent), 2)) × 10" + String(String(Int(exponent)).compactMap { superscripts[$0] })
    }

    /// The same, as plain text for JSON.
    public static func likelihoodRatioText(log10LR: Double) -> String {
        guard log10LR.isFinite else { return log10LR > 0 ? "Infinity" : "0" }
        if let plain = plainRatio(log10LR) { return plain }
        let exponent = log10LR.rounded(.down)
        return "\(fixed(pow(10, log10LR - exponent), 2))e\(Int(exponent))"
    }

    /// Ratios a reader takes in at a glance (0.0001 to 999,999) are printed as plain numbers.
    private static func plainRatio(_ log10LR: Double) -> String? {
        switch log10LR {
        case -4..<0: fixed(pow(10, log10LR), 4)
        case 0..<3: fixed(pow(10, log10LR), 1)
        case 3..<6: grouped(Int(pow(10, log10LR).rounded()))
        default: nil
        }
    }

    /// Chinese readers expect Beijing time (the report says so once, under the case table); the
    /// English report states UTC on every time.
    public static func time(_ date: Date, language: ReportLanguage) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        switch language {
        case .zh:
            formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
            return formatter.string(from: date)
        case .en:
            formatter.timeZone = TimeZone(secondsFromGMT: 0)!
            return formatter.string(from: date) + " UTC"
        }
    }

    static func day(_ date: Date, language: ReportLanguage) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(secondsFromGMT: language == .zh ? 8 * 3600 : 0)!
        return formatter.string(from: date)
    }

    /// Hex split into groups of four, so two people can read a fingerprint aloud to each other.
    public static func fingerprint(_ hex: String) -> String {
        var out = ""
        for (i, c) in hex.enumerated() {
            if i > 0 && i % 4 == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }
}
