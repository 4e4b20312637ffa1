import Foundation

/// With `LEAKTRACE_TIMINGS=1`, prints the wall time of each phase of a match to stderr (seconds
/// since the previous mark and since the start), so where the time goes can be seen on a real
/// list without a profiler. Silent, and nearly free, otherwise.
///
/// ```swift
/// var timer = PhaseTimer()
/// timer.mark("intake hashed")   // stderr: "timing  0.412 s  (0.412 s)  intake hashed"
/// ```
struct PhaseTimer {
    let isOn = ProcessInfo.processInfo.environment["LEAKTRACE_TIMINGS"] == "1"
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var last: ContinuousClock.Instant

    init() {
        start = clock.now
        last = start
    }

    mutating func mark(_ phase: @autoclosure () -> String) {
        guard isOn else { return }
        let now = clock.now
        FileHandle.standardError.write(Data(String(format: "timing %7.3f s  (%.3f s)  %@\n", Self.seconds(now - last), Self.seconds(now - start), phase()).utf8))
        last = now
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
