/// One timed run of an external command: wall time from spawn to exit, and the peak resident set
/// size that `/usr/bin/time -v` reports for it.
///
/// ```swift
/// let run = try CommandTimer(timeTool: "/usr/bin/time").run("/usr/bin/rg", ["-F", "-f", "phones.txt", "list.csv"])
/// print(run.seconds, run.peakRSSMiB ?? 0)
/// ```
struct CommandRun: Sendable {
    /// Process start to exit, measured by the bench's monotonic clock (0.1 ms resolution or better;
    /// `time -v` rounds wall time to 10 ms, too coarse for a 0.1 s grep).
    var seconds: Double
    /// Peak RSS in KiB (`Maximum resident set size`), nil when `time` did not report it.
    var peakRSSKiB: Int?
    var exitStatus: Int32
    /// The command's stderr, kept to explain a failure.
    var errorOutput: String

    var succeeded: Bool { exitStatus == 0 }
    var peakRSSMiB: Double? { peakRSSKiB.map { Double($0) / 1024 } }
}
