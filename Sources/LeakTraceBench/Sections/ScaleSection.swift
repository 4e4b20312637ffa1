import Foundation

/// Section 2: generated lists of 1M and 10M rows; peak RSS against the 512 MiB target and the cost
/// per row at each size (time should grow linearly with rows).
///
/// ```swift
/// try ScaleSection(context: context).run()
/// ```
struct ScaleSection: Sendable {
    static let memoryTargetMiB = 512.0

    let context: BenchContext

    func run() throws {
        let options = context.options
        BenchLog.section("2. Scale: " + options.scaleRows.map { Figures.grouped($0) }.joined(separator: " and ") + "-row generated lists")
        BenchLog.line(Figures.cell("rows", 12) + Figures.cell("file", 11, right: true) + Figures.cell("runs", 6, right: true)
            + Figures.cell("best wall", 11, right: true) + Figures.cell("µs/row", 9, right: true) + Figures.cell("rows/s", 12, right: true)
            + Figures.cell("peak RSS", 12, right: true) + "   RSS <= 512 MiB   recall")
        var perRow: [(rows: Int, micros: Double)] = []
        for rows in options.scaleRows {
            let url = context.work.appendingPathComponent("scale-\(rows).csv")
            BenchLog.note("writing the \(rows)-row list")
            let list = try ListWriter(benchCase: context.benchCase).csv(rows: rows, to: url)
            defer { try? FileManager.default.removeItem(at: url) }   // up to a gigabyte each
            // The largest list runs once: it alone takes minutes, and its cost per row is what matters.
            let runs = rows >= 5_000_000 ? 1 : options.runs
            var samples = Samples()
            var rss = 0
            let json = context.file("scale-\(rows).json")
            var failure: String?
            for round in 1...runs {
                BenchLog.note("matching \(rows) rows, run \(round)/\(runs)")
                let run = try context.timer.run(options.leaktrace, [
                    "match", list.path, "--json", json, "--case", "bench-scale", "--examiner", "bench",
                    "--registry", context.benchCase.registryPath,
                ])
                rss = max(rss, run.peakRSSKiB ?? 0)
                guard run.succeeded else {
                    failure = "exit \(run.exitStatus): " + run.errorOutput.split(separator: "\n").prefix(2).joined(separator: " ")
                    break
                }
                samples.add(run.seconds)
            }
            let rssMiB = Double(rss) / 1024
            let memory = "\(Figures.verdict(rssMiB <= Self.memoryTargetMiB))"
            if let failure {
                BenchLog.line(Figures.cell(Figures.grouped(rows), 12) + Figures.cell(Figures.mib(list.bytes), 11, right: true)
                    + "   FAILED to match (\(failure)); peak RSS before failing \(Figures.fixed(rssMiB, 1)) MiB: \(memory)")
                continue
            }
            let micros = samples.best * 1e6 / Double(list.rows)
            perRow.append((list.rows, micros))
            let recall = list.truth.recall(found: try MatchOutput(jsonAt: json).canaryIDs)
            BenchLog.line(Figures.cell(Figures.grouped(list.rows), 12) + Figures.cell(Figures.mib(list.bytes), 11, right: true)
                + Figures.cell("\(runs)", 6, right: true) + Figures.cell(Figures.fixed(samples.best, 2) + " s", 11, right: true)
                + Figures.cell(Figures.fixed(micros, 2), 9, right: true) + Figures.cell(Figures.grouped(Int(Double(list.rows) / samples.best)), 12, right: true)
                + Figures.cell(Figures.fixed(rssMiB, 1) + " MiB", 12, right: true) + "   " + Figures.cell(memory, 16) + " " + recall.text)
        }
        if perRow.count >= 2, let first = perRow.first, let last = perRow.last {
            let growth = last.micros / first.micros
            BenchLog.line("linearity: cost per row at \(Figures.grouped(last.rows)) / at \(Figures.grouped(first.rows)) = "
                + "\(Figures.fixed(growth, 2))x (1.00 = linear; target within 1.20x: \(Figures.verdict(growth <= 1.2)))")
        }
    }
}
