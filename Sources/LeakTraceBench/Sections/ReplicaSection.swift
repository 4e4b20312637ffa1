import Foundation

/// Section 1: the 619,109-row QQ-trade replica, `leaktrace match` against `rg -F -f` over the
/// canaries' exact phones on the same file, interleaved run by run so both share the machine's noise.
///
/// ```swift
/// let figures = try ReplicaSection(context: context).run()   // prints its table; returns LeakTrace's figures
/// ```
struct ReplicaSection: Sendable {
    struct Outcome: Sendable {
        var list: GeneratedList
        var leaktraceBest: Double
        var recall: String
    }

    let context: BenchContext

    func run() throws -> Outcome {
        let options = context.options
        BenchLog.section("1. \(Figures.grouped(options.replicaRows))-row CSV replica: leaktrace match vs rg -F -f phones.txt")
        BenchLog.note("writing the \(options.replicaRows)-row list")
        let clock = ContinuousClock()
        let start = clock.now
        let list = try ListWriter(benchCase: context.benchCase).csv(
            rows: options.replicaRows, to: context.work.appendingPathComponent("qq-trade-list.csv"))
        let generation = (clock.now - start).seconds
        let phones = Set(context.benchCase.canaries.map(\.person.phone)).count
        BenchLog.line("list \(list.path): \(Figures.grouped(list.rows)) rows, \(Figures.mib(list.bytes)), "
            + "\(list.truth.count) canaries planted (generated in \(Figures.fixed(generation, 1)) s); "
            + "registry \(context.benchCase.canaries.count) canaries, phones.txt \(phones) numbers")

        var ours = Samples(), grep = Samples()
        var oursRSS = 0, grepRSS = 0
        let json = context.file("replica.json")
        let grepOutput = context.file("rg.out")
        for round in 1...options.runs {
            BenchLog.note("round \(round)/\(options.runs)")
            let lt = try context.match(list.path, json: json)
            ours.add(lt.seconds)
            oursRSS = max(oursRSS, lt.peakRSSKiB ?? 0)
            let rg = try context.timer.run(options.rg, ["-F", "-f", context.phonesFile, list.path], stdout: grepOutput)
            guard rg.exitStatus == 0 || rg.exitStatus == 1 else { throw BenchFailure("rg failed (exit \(rg.exitStatus)): \(rg.errorOutput.prefix(300))") }
            grep.add(rg.seconds)
            grepRSS = max(grepRSS, rg.peakRSSKiB ?? 0)
        }
        let output = try MatchOutput(jsonAt: json)
        let ourRecall = list.truth.recall(found: output.canaryIDs)
        let grepText = (try? String(contentsOfFile: grepOutput, encoding: .utf8)) ?? ""
        let grepLines = grepText.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }   // rows end in CRLF, one Character in Swift
        let grepRecall = list.truth.recall(found: list.truth.foundByExactPhone(in: grepText))

        let mb = Double(list.bytes) / 1_000_000
        BenchLog.line(Figures.cell("", 22) + Figures.cell("best", 9, right: true) + Figures.cell("median", 9, right: true) + Figures.cell("MB/s", 9, right: true)
            + Figures.cell("rows/s", 12, right: true) + Figures.cell("peak RSS", 12, right: true) + "   recall")
        BenchLog.line(Figures.cell("leaktrace match", 22) + Figures.cell(Figures.fixed(ours.best, 3) + " s", 9, right: true)
            + Figures.cell(Figures.fixed(ours.median, 3) + " s", 9, right: true) + Figures.cell(Figures.fixed(mb / ours.best, 1), 9, right: true)
            + Figures.cell(Figures.grouped(Int(Double(list.rows) / ours.best)), 12, right: true)
            + Figures.cell(Figures.mib(oursRSS * 1024), 12, right: true) + "   " + ourRecall.text
            + "; \(output.hits) hits, false hits \(output.falseHits(against: list.truth))")
        BenchLog.line(Figures.cell("rg -F -f phones.txt", 22) + Figures.cell(Figures.fixed(grep.best, 3) + " s", 9, right: true)
            + Figures.cell(Figures.fixed(grep.median, 3) + " s", 9, right: true) + Figures.cell(Figures.fixed(mb / grep.best, 1), 9, right: true)
            + Figures.cell(Figures.grouped(Int(Double(list.rows) / grep.best)), 12, right: true)
            + Figures.cell(Figures.mib(grepRSS * 1024), 12, right: true) + "   " + grepRecall.text + "; \(grepLines) lines printed")
        let ratio = ours.best / grep.best
        BenchLog.line("ratio leaktrace/rg (best of \(options.runs) each): \(Figures.fixed(ratio, 2))x   target <= 1.0x: \(Figures.verdict(ratio <= 1.0))"
            + "   (median ratio \(Figures.fixed(ours.median / grep.median, 2))x)")
        try phases(list.path, allCores: json)
        return Outcome(list: list, leaktraceBest: ours.best, recall: ourRecall.text)
    }

    /// Where the time goes: one more run on every core and one on a single thread, each printing its
    /// phases (`LEAKTRACE_TIMINGS=1`), and whether the two JSONs agree once their clocks are set aside.
    func phases(_ path: String, allCores: String) throws {
        let one = context.file("replica-1-thread.json")
        for (label, threads, json) in [("all cores", nil, allCores + ".phases.json"), ("one thread", "1", one)] {
            var environment = ["LEAKTRACE_TIMINGS=1"]
            if let threads { environment.append("LEAKTRACE_MATCH_THREADS=\(threads)") }
            let run = try context.timer.run("/usr/bin/env", environment + [
                context.options.leaktrace, "match", path, "--json", json, "--case", "bench", "--examiner", "bench",
                "--registry", context.benchCase.registryPath,
            ])
            guard run.succeeded else { throw BenchFailure("leaktrace match (\(label)) failed: \(run.errorOutput.prefix(300))") }
            BenchLog.line("phases, \(label) (wall \(Figures.fixed(run.seconds, 3)) s from spawn to exit, process start and JSON write included):")
            for line in run.errorOutput.split(separator: "\n") where line.hasPrefix("timing") { BenchLog.line("  " + line) }
        }
        let same = try Self.withoutClocks(one) == Self.withoutClocks(allCores + ".phases.json")
        BenchLog.line("one-thread JSON identical to the all-core JSON (timestamps aside): \(same ? "yes" : "NO")")
    }

    /// The JSON with the run's own timestamps removed, keys sorted, for comparing two runs.
    static func withoutClocks(_ path: String) throws -> Data {
        func strip(_ value: Any) -> Any {
            if var object = value as? [String: Any] {
                for key in ["matched_at", "intake_at", "registry_fingerprint"] { object.removeValue(forKey: key) }
                return object.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        return try JSONSerialization.data(withJSONObject: strip(object), options: [.sortedKeys])
    }
}
