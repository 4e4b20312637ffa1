import Foundation

/// Number formatting for the bench's tables: fixed decimals, thousands separators, MiB, percent.
///
/// ```swift
/// Figures.grouped(619_109)       // "619,109"
/// Figures.fixed(0.0912, 3)       // "0.091"
/// Figures.percent(37, of: 56)    // "37/56 (66.1%)"
/// ```
enum Figures {
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        return String(format: "%.\(decimals)f", value)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    static func mib(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) + " MiB" }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "\(part)/0" }
        return "\(part)/\(whole) (" + fixed(100 * Double(part) / Double(whole), 1) + "%)"
    }

    /// Pads on the right (or left, for numbers) to a column width, counting characters.
    static func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, width - text.count))
        return right ? pad + text : text + pad
    }

    static func verdict(_ passed: Bool) -> String { passed ? "PASS" : "FAIL" }
}
