import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine `match --shard` outputs into one case, attributed as a single match would be.",
        discussion: """
            Give the shard outputs in the order of the pieces of the list: record numbers then continue from
            one piece to the next, and the case is the same whatever order the shards finished in. A shard
            given twice (the same input bytes) counts once; a shard without its summary line, matched against
            another registry, or against a different set of canaries is refused. Each piece becomes one
            evidence item (`<shard>#input`) with the hashes the shard took. The JSON has the shape of `match`.

            Record counts are those of one run: each shard ends with a `persons` line (before its summary)
            listing the 64-bit fingerprint of every unique valid person it counted, grouped by the fields of
            their first row, and `merge` counts a person found on an earlier piece as a duplicate on a later
            one. The cost is 8 bytes per unique person per shard output (about 19 bytes of JSON text), and
            `merge` holds the union of persons in memory (8 bytes each, plus the hash set's slack). Only the
            duplicate samples stay per piece: a person's first row on a later piece is counted as a
            duplicate but not sampled.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Argument(help: ArgumentHelp("Outputs of `leaktrace match --shard`, in piece order.", valueName: "shard.jsonl"))
    var shards: [String] = []

    @Option(help: ArgumentHelp("Where to write the results.", valueName: "out.json"))
    var json: String

    @Option(name: .customLong("case"), help: ArgumentHelp("The case name.", valueName: "name"))
    var caseName: String

    @Option(help: ArgumentHelp("Who examines the evidence (default: your user name).", valueName: "name"))
    var examiner: String?

    func validate() throws {
        guard !shards.isEmpty else { throw ValidationError("name at least one shard output") }
    }

    func run() throws {
        let workspace = try registryOptions.workspace()
        let report = try ShardMerger(workspace: workspace).merge(
            MergeRequest(shards: shards, caseName: caseName, examiner: Examiner.resolve(examiner)))
        try report.jsonData().write(to: URL(fileURLWithPath: json))
        Output.line("case \(caseName): \(report.evidence.count) shards, \(report.counts.rows) records, \(report.hits.count) hits on \(Set(report.hits.map(\.canary)).count) canaries")
        if let best = report.attribution.ranking.first, !report.attribution.sources.isEmpty {
            Output.line("sources: \(report.attribution.sources.map(\.rawValue).joined(separator: ", ")) (\(best.strengthSummary))")
        } else {
            Output.line("sources: none (no evidence that any entity's canaries are in the list)")
        }
        Output.line("results \(json)")
    }
}
