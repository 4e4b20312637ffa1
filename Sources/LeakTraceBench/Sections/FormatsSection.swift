import Foundation
import LeakTraceIngest

/// Section 4: the same rows as UTF-8 CSV, GB18030 CSV, a QQ chat export (free text) and an .xlsx
/// workbook, each matched end to end; throughput beside CSV's.
///
/// ```swift
/// try FormatsSection(context: context).run()
/// ```
struct FormatsSection: Sendable {
    static let slowRunSeconds = 30.0

    let context: BenchContext

    func run() throws {
        let options = context.options
        BenchLog.section("4. Formats: the same \(Figures.grouped(options.formatRows)) rows in each format (leaktrace match, best of \(options.runs); one run when a run exceeds 30 s)")
        let writer = ListWriter(benchCase: context.benchCase)
        BenchLog.note("writing the format lists")
        let csv = try writer.csv(rows: options.formatRows, to: context.work.appendingPathComponent("formats-utf8.csv"))
        var lists: [(String, GeneratedList?)] = [
            ("csv (utf-8)", csv),
            ("csv (gb18030)", try writer.gb18030(from: csv, to: context.work.appendingPathComponent("formats-gb18030.csv"))),
            ("chat (free text)", try writer.chat(from: csv, to: context.work.appendingPathComponent("formats-qq-chat.txt"))),
        ]
        let hasXLSX = ReaderRegistry.standard.reader(named: "xlsx") != nil
        lists.append(("xlsx", hasXLSX ? try writer.xlsx(from: csv, to: context.work.appendingPathComponent("formats.xlsx")) : nil))

        BenchLog.line(Figures.cell("format", 18) + Figures.cell("file", 11, right: true) + Figures.cell("best", 9, right: true)
            + Figures.cell("runs", 5, right: true) + Figures.cell("MB/s", 8, right: true) + Figures.cell("rows/s", 11, right: true) + Figures.cell("vs csv", 8, right: true)
            + Figures.cell("peak RSS", 12, right: true) + "   recall")
        var csvRate: Double?
        for (name, list) in lists {
            guard let list else {
                BenchLog.line("\(name): reader not available")
                continue
            }
            if try measure(name, list, csvRate: &csvRate) || name != "xlsx" { continue }
            // A workbook that fails at full size is measured smaller too, so the figure and the
            // size limit both show.
            let rows = options.formatRows / 4
            BenchLog.note("xlsx again with \(rows) rows")
            let smaller = try writer.csv(rows: rows, to: context.work.appendingPathComponent("formats-small.csv"))
            let workbook = try writer.xlsx(from: smaller, to: context.work.appendingPathComponent("formats-small.xlsx"))
            _ = try measure("xlsx (\(Figures.grouped(rows)) rows)", workbook, csvRate: &csvRate)
        }
    }

    /// Matches one list best of `runs` and prints its line; false when leaktrace could not read it.
    private func measure(_ name: String, _ list: GeneratedList, csvRate: inout Double?) throws -> Bool {
        let options = context.options
        var samples = Samples()
        var rss = 0
        let json = context.file("formats.json")
        for round in 1...options.runs {
            BenchLog.note("\(name), run \(round)")
            let run = try context.timer.run(options.leaktrace, [
                "match", list.path, "--json", json, "--case", "bench-formats", "--examiner", "bench", "--registry", context.benchCase.registryPath,
            ])
            guard run.succeeded else {
                let failure = "exit \(run.exitStatus): " + run.errorOutput.split(separator: "\n").prefix(2).joined(separator: " ")
                BenchLog.line(Figures.cell(name, 18) + Figures.cell(Figures.mib(list.bytes), 11, right: true) + "   FAILED: \(failure)")
                return false
            }
            samples.add(run.seconds)
            rss = max(rss, run.peakRSSKiB ?? 0)
            // A format this slow is not near its target; more runs would only stretch the bench.
            if run.seconds > Self.slowRunSeconds { break }
        }
        let output = try MatchOutput(jsonAt: json)
        let rate = Double(list.rows) / samples.best
        if csvRate == nil { csvRate = rate }
        BenchLog.line(Figures.cell(name, 18) + Figures.cell(Figures.mib(list.bytes), 11, right: true)
            + Figures.cell(Figures.fixed(samples.best, 3) + " s", 9, right: true) + Figures.cell("\(samples.count)", 5, right: true)
            + Figures.cell(Figures.fixed(Double(list.bytes) / 1e6 / samples.best, 1), 8, right: true)
            + Figures.cell(Figures.grouped(Int(rate)), 11, right: true)
            + Figures.cell(Figures.fixed(rate / (csvRate ?? rate), 2) + "x", 8, right: true)
            + Figures.cell(Figures.fixed(Double(rss) / 1024, 1) + " MiB", 12, right: true)
            + "   " + list.truth.recall(found: output.canaryIDs).text + "; records \(Figures.grouped(output.records)), false hits \(output.falseHits(against: list.truth))")
        return true
    }
}
