import Foundation

/// Section 5: the same fuzzy task (exact, reformatted and masked phones, masked names, truncated
/// addresses) done by Splink on DuckDB, the usual open-source probabilistic linker, on the same
/// replica and the same canaries; its settings, time and recall beside LeakTrace's.
///
/// ```swift
/// try PeerSection(context: context, replica: outcome).run()
/// ```
struct PeerSection: Sendable {
    let context: BenchContext
    let replica: ReplicaSection.Outcome

    func run() throws {
        let options = context.options
        BenchLog.section("5. Peer: Splink (DuckDB) on the same fuzzy task")
        guard let python = options.python else {
            BenchLog.line("splink: not installed (the venv could not be created or pip failed); skipped")
            return
        }
        let canaries = context.file("canaries.csv"), truth = context.file("truth.json"), out = context.file("splink.json")
        try context.benchCase.writeCanaryTable(to: URL(fileURLWithPath: canaries))
        try replica.list.truth.write(to: URL(fileURLWithPath: truth))
        BenchLog.note("running Splink on \(replica.list.rows) rows")
        let run = try context.timer.run(python, [
            options.splinkScript, "--canaries", canaries, "--list", replica.list.path, "--truth", truth, "--out", out,
        ])
        guard run.succeeded, let data = FileManager.default.contents(atPath: out),
              let result = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            BenchLog.line("splink: failed (exit \(run.exitStatus)): " + run.errorOutput.split(separator: "\n").suffix(3).joined(separator: " | "))
            return
        }
        BenchLog.line("splink \(result["splink_version"] ?? "?") on duckdb \(result["duckdb_version"] ?? "?"), settings:")
        for line in (result["settings_summary"] as? [String]) ?? [] { BenchLog.line("    " + line) }
        let timings = result["seconds"] as? [String: Double] ?? [:]
        let found = result["found"] as? Int ?? 0, planted = result["planted"] as? Int ?? 0
        BenchLog.line(Figures.cell("", 18) + Figures.cell("wall", 10, right: true) + "   recall")
        BenchLog.line(Figures.cell("leaktrace match", 18) + Figures.cell(Figures.fixed(replica.leaktraceBest, 2) + " s", 10, right: true)
            + "   " + replica.recall + "  (best of \(options.runs), from section 1)")
        BenchLog.line(Figures.cell("splink", 18) + Figures.cell(Figures.fixed(run.seconds, 2) + " s", 10, right: true)
            + "   " + Figures.percent(found, of: planted) + " [" + ((result["by_style"] as? String) ?? "") + "]"
            + "; \(result["links"] ?? "?") links at p >= \(result["threshold"] ?? "?"), \(result["false_links"] ?? "?") to canaries the list does not carry")
        BenchLog.line("splink stages: " + ["import", "load", "train", "predict"].map { "\($0) \(Figures.fixed(timings[$0] ?? .nan, 2)) s" }.joined(separator: ", ")
            + "; peak RSS \(Figures.fixed(run.peakRSSMiB ?? .nan, 1)) MiB; one run")
    }
}
