import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `leaktrace` run in the background, to be killed with SIGKILL or awaited: what the crash-safety
/// and concurrency tests need that `LeakTraceBinary.run` (which waits) cannot give.
///
/// LEAKTRACE_BINARY points it at another build (a release build for the long kill -9 run).
final class LeakTraceProcess {
    static var url: URL {
        ProcessInfo.processInfo.environment["LEAKTRACE_BINARY"].map { URL(fileURLWithPath: $0) } ?? LeakTraceBinary.url
    }

    let process = Process()
    private let out: URL
    private let err: URL

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = Self.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "LEAKTRACE_REGISTRY")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// SIGKILL: no handler, no flush, no cleanup; exactly what a power cut or the OOM killer does.
    func killNine() {
        kill(process.processIdentifier, SIGKILL)
    }

    /// Polls every millisecond until `condition` holds or the process ends; true if the condition held.
    func wait(until condition: () -> Bool) -> Bool {
        while process.isRunning {
            if condition() { return true }
            usleep(1_000)
        }
        return condition()
    }

    func finish() throws -> LeakTraceBinary.Result {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return LeakTraceBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Whether the process died of SIGKILL rather than exiting.
    var wasKilled: Bool { process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL }
}
