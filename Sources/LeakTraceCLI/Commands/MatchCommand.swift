import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find canaries in seized files, attribute the leak, and record the case.",
        discussion: """
            FILE may be a file or a folder (read recursively; each file is its own evidence item). Each
            file is hashed (SHA-256, MD5, SM3) and its intake recorded before matching; seized files are
            only ever opened for reading. A file that cannot be read is named on stderr and the others
            still go through.

            The JSON holds `evidence`, `hits` (with the planted record beside what was seen) and
            `attribution` (smallest set of sources, ranking with posteriors and log10 LRs, time window),
            plus record counts. Re-running a case replaces its earlier results.

            With --shard, `match` is the map step of a distributed run: it reads one piece of a UTF-8
            delimited list on stdin (cut at line boundaries; only the first piece has the header), writes
            each hit as a JSON line with its byte offset and line in the piece, then one line with the
            64-bit fingerprints of the unique people it counted (so `merge` de-duplicates across pieces),
            then one summary line (counts, SHA-256/MD5/SM3 of the piece), and writes nothing to the registry, so pieces can run
            in parallel and be retried. The piece streams through a temporary file in $TMPDIR, in bounded memory.
            `leaktrace merge` combines the outputs into the case.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Argument(help: ArgumentHelp("Seized files or folders.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Where to write the results.", valueName: "out.json"))
    var json: String?

    @Flag(help: "Match one piece of a list read on stdin; hits and a summary as JSON Lines on stdout, no registry write.")
    var shard = false

    @Option(help: ArgumentHelp("With --shard: the list's header line, so pieces without it are read by the same columns.", valueName: "line"))
    var header: String?

    @Option(name: .customLong("case"), help: ArgumentHelp("The case name (default: the first file's name).", valueName: "name"))
    var caseName: String?

    @Option(help: ArgumentHelp("Who examines the evidence (default: your user name).", valueName: "name"))
    var examiner: String?

    func validate() throws {
        if shard {
            guard files.isEmpty, json == nil, caseName == nil, examiner == nil else {
                throw ValidationError("--shard reads stdin and writes stdout: give no files, --json, --case or --examiner")
            }
            return
        }
        guard header == nil else { throw ValidationError("--header goes with --shard") }
        guard !files.isEmpty else { throw ValidationError("name at least one seized file or folder") }
        guard json != nil else { throw ValidationError("Missing expected argument '--json <out.json>'") }
    }

    func run() throws {
        let workspace = try registryOptions.workspace()
        if shard { return try runShard(workspace) }
        let json = json ?? ""
        let name = caseName ?? URL(fileURLWithPath: files[0]).deletingPathExtension().lastPathComponent
        // The bar redraws one stderr line, only on a terminal: pipes, files and CI logs stay clean.
        let started = Date()
        var drawn = false
        let meter: ((MatchProgress) -> Void)? = Output.progressEnabled ? { progress in
            let line = progress.bar(elapsedSeconds: Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
            drawn = true
        } : nil
        let report = try CaseMatcher(workspace: workspace).match(
            MatchRequest(inputs: files, caseName: name, examiner: Examiner.resolve(examiner)),
            progress: { Output.progress($0) }, meter: meter)
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        try report.jsonData().write(to: URL(fileURLWithPath: json))
        for problem in report.unreadable { Output.note("leaktrace: \(problem)") }
        let sources = report.attribution.sources.map(\.rawValue).joined(separator: ", ")
        Output.line("case \(name): \(report.evidence.count) files, \(report.counts.rows) records, \(report.hits.count) hits on \(Set(report.hits.map(\.canary)).count) canaries")
        if let best = report.attribution.ranking.first, !report.attribution.sources.isEmpty {
            Output.line("sources: \(sources) (\(best.strengthSummary))")
        } else {
            Output.line("sources: none (no evidence that any entity's canaries are in the list)")
        }
        Output.line("results \(json)")
        if !report.unreadable.isEmpty && report.evidence.isEmpty {
            throw CommandFailure(message: "no file could be read")
        }
    }
}

extension MatchCommand {
    /// Streams stdin in blocks (bounded memory, the piece spooled to a temporary file), and writes
    /// each line as soon as it is found, so a consumer (an engine's pipe) sees hits as they come.
    func runShard(_ workspace: Workspace) throws {
        let out = FileHandle.standardOutput
        try ShardMatcher(workspace: workspace).match(descriptor: FileHandle.standardInput.fileDescriptor, header: header) {
            out.write(try $0.jsonLine())
        }
    }
}
