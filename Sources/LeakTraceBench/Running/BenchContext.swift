import Foundation

/// What every section shares: the options, the timer, the planted case and the work folder, and
/// the one way the bench runs `leaktrace match`.
///
/// ```swift
/// let run = try context.match(list.path, json: context.file("replica.json"))
/// ```
struct BenchContext: Sendable {
    let options: BenchOptions
    let work: URL
    let timer: CommandTimer
    let benchCase: BenchCase
    let phonesFile: String

    func file(_ name: String) -> String { work.appendingPathComponent(name).path }

    /// `leaktrace match FILE --json OUT --case bench --registry …`, timed; throws if it failed.
    func match(_ path: String, json: String, registry: String? = nil) throws -> CommandRun {
        let run = try timer.run(options.leaktrace, [
            "match", path, "--json", json, "--case", "bench", "--examiner", "bench",
            "--registry", registry ?? benchCase.registryPath,
        ])
        guard run.succeeded else {
            throw BenchFailure("leaktrace match \(path) failed (exit \(run.exitStatus)): \(run.errorOutput.prefix(400))")
        }
        return run
    }
}
