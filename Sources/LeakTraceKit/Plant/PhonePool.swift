import Foundation
import LeakTraceCore

/// Phone numbers the user controls, read from a file: one per line, `#` comments and blank lines
/// ignored, spaces, dashes and a `+86` prefix tolerated.
///
/// ```swift
/// let pool = try PhonePool.load(path: "pool.txt")   // ["13812345678", …]
/// ```
/// Real plants use these because a generated number almost surely belongs to someone.
public enum PhonePool {
    public static func load(path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot read the phone pool (missing, a directory, or not UTF-8)")
        }
        var numbers: [String] = []
        var seen = Set<String>()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            var digits = line.filter { !$0.isWhitespace && $0 != "-" }
            if digits.hasPrefix("+86") { digits.removeFirst(3) } else if digits.hasPrefix("0086") { digits.removeFirst(4) }
            if digits.isEmpty { continue }
            guard ChineseMobileNumberPlan.isValid(digits) else {
                throw LeakTraceError.unreadableFile(path: path, line: index + 1, reason: "'\(line.trimmingCharacters(in: .whitespaces))' is not a valid Chinese mobile number")
            }
            if seen.insert(digits).inserted { numbers.append(digits) }
        }
        guard !numbers.isEmpty else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "the phone pool holds no numbers")
        }
        return numbers
    }
}
