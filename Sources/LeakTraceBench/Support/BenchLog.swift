import Foundation

/// Prints the bench's report as it goes (a long run shows progress), writing each line unbuffered so a
/// `tee` into the report file keeps up.
///
/// ```swift
/// BenchLog.section("1. 619,109-row CSV replica")
/// BenchLog.line("ratio 41.2x")
/// ```
enum BenchLog {
    static func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func section(_ title: String) {
        line()
        line("== " + title + " " + String(repeating: "=", count: max(3, 96 - title.count)))
    }

    /// Progress notes go to stderr, so the report on stdout holds figures only.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("  · " + text + "\n").utf8))
    }
}
