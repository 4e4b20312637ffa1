import Foundation

/// Runs external commands under `/usr/bin/time -v`, so every process in the bench (leaktrace, rg,
/// Python) is timed and measured the same way, including its start-up.
///
/// ```swift
/// let timer = CommandTimer(timeTool: "/usr/bin/time", scratch: workURL)
/// let run = try timer.run(leaktrace, ["match", list, "--json", out, "--registry", db])
/// ```
struct CommandTimer: Sendable {
    let timeTool: String
    let scratch: URL

    /// Runs `executable` with `arguments`; stdout goes to `stdout` (a file path) or is discarded.
    func run(_ executable: String, _ arguments: [String], stdout: String? = nil) throws -> CommandRun {
        let stats = scratch.appendingPathComponent("time-v.txt")
        let errors = scratch.appendingPathComponent("stderr.txt")
        for url in [stats, errors] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timeTool)
        process.arguments = ["-v", "-o", stats.path, executable] + arguments
        let output: FileHandle
        if let stdout {
            _ = FileManager.default.createFile(atPath: stdout, contents: nil)
            output = try FileHandle(forWritingTo: URL(fileURLWithPath: stdout))
        } else {
            output = FileHandle.nullDevice
        }
        let errorHandle = try FileHandle(forWritingTo: errors)
        process.standardOutput = output
        process.standardError = errorHandle
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        process.waitUntilExit()
        let elapsed = clock.now - start
        try? output.close()
        try? errorHandle.close()

        let report = (try? String(contentsOf: stats, encoding: .utf8)) ?? ""
        var rss: Int?
        for line in report.split(separator: "\n") where line.contains("Maximum resident set size") {
            rss = line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        return CommandRun(
            seconds: elapsed.seconds, peakRSSKiB: rss, exitStatus: process.terminationStatus,
            errorOutput: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }
}
