/// How far `CaseMatcher.match` has got through one seized file, for a progress bar.
///
/// ```swift
/// try matcher.match(request, meter: { p in print("\(p.file) \(Int(p.fraction * 100))% \(p.rows) rows") })
/// ```
public struct MatchProgress: Sendable, Equatable {
    public var file: String
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Records read from this file so far.
    public var rows: Int

    public init(file: String, bytesDone: Int, bytesTotal: Int, rows: Int) {
        self.file = file
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.rows = rows
    }

    /// Share of the file's bytes read, 0…1.
    public var fraction: Double { bytesTotal > 0 ? min(1, Double(bytesDone) / Double(bytesTotal)) : 1 }
}

extension MatchProgress {
    /// One line of a progress bar: `[#####-----]  48%  1,234,567 rows  823,000 rows/s  list.csv`.
    public func bar(elapsedSeconds: Double, width: Int = 24) -> String {
        let filled = Int((fraction * Double(width)).rounded(.down))
        let rate = elapsedSeconds > 0 ? Int(Double(rows) / elapsedSeconds) : 0
        let percent = Int((fraction * 100).rounded(.down))
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%  "
            + "\(Self.grouped(rows)) rows  \(Self.grouped(rate)) rows/s  \(name)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
