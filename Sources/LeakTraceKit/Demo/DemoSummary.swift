import Foundation
import LeakTraceCore
import LeakTraceReport

/// The demo's closing words, in Chinese and English, short enough to read at a glance.
public struct DemoSummary: Sendable {
    public let outcome: DemoOutcome

    public init(_ outcome: DemoOutcome) {
        self.outcome = outcome
    }

    public var text: String {
        let report = outcome.report
        let attribution = report.attribution
        let found = Set(report.hits.map(\.canary))
        let recovered = outcome.leakedCanaries.keys.filter(found.contains).count
        var styles: [String: (planted: Int, found: Int)] = [:]
        for (id, style) in outcome.leakedCanaries {
            styles[style, default: (0, 0)].planted += 1
            if found.contains(id) { styles[style, default: (0, 0)].found += 1 }
        }
        let styleLine = ["exact", "reformatted", "masked"].compactMap { key in
            styles[key].map { "\(key) \($0.found)/\($0.planted)" }
        }.joined(separator: ", ")
        let falseHits = found.subtracting(outcome.leakedCanaries.keys).count

        var lines: [String] = []
        lines.append("LeakTrace demo 演示 — \(outcome.directory.path)")
        lines.append("  Registry 登记库     \(outcome.registryPath): \(outcome.pipeline.entities.count) entities 实体, \(outcome.canaryCount) canaries 诱饵记录 in \(outcome.plantCount) plants 批次 (synthetic phones 合成号码)")
        lines.append("  Seized list 查获名单 \(outcome.listPath): \(grouped(outcome.listRows)) rows 行, \(String(format: "%.1f", Double(outcome.listBytes) / 1_048_576)) MiB")
        lines.append("  Found 发现          \(report.hits.count) rows 行 matching \(found.count) canaries 诱饵; recovered 召回 \(recovered)/\(outcome.leakedCanaries.count) (\(styleLine)); false hits 误报 \(falseHits)")
        if let best = attribution.ranking.first, !attribution.sources.isEmpty {
            let name = outcome.pipeline.entity(best.entity)?.name ?? ""
            let runnerUp = attribution.ranking.dropFirst().first.map { " vs 次优 \($0.entity)" } ?? ""
            lines.append("  Source 泄露来源      \(attribution.sources.map(\.rawValue).joined(separator: ", ")) \(name)\(runnerUp) — \(best.strengthSummary)")
            lines.append("                      coverage 覆盖率 \(String(format: "%.2f", best.coverage)), \(best.hits)/\(best.visible) of its canaries 其诱饵 found; truth 实际: \(outcome.leakingEntity)")
        } else {
            lines.append("  Source 泄露来源      none 无 (no evidence 无证据)")
        }
        let after = attribution.window.after.map(Timestamp.format) ?? "—"
        let before = attribution.window.before.map(Timestamp.format) ?? "—"
        lines.append("  Window 时间窗        after 不早于 \(after), before 不晚于 \(before)")
        lines.append("  Records 记录计数     unique valid 有效去重 \(grouped(report.counts.uniqueValid)), duplicates 重复 \(grouped(report.counts.duplicates)), invalid 无效 \(grouped(report.counts.invalid)), canary rows 诱饵行 \(report.counts.canaryRows)")
        for language in [ReportLanguage.zh, .en] {
            guard let folder = outcome.reports[language] else { continue }
            let state = outcome.verified[language] == true ? "verified 已验证" : "VERIFY FAILED 验证失败"
            lines.append("  Report 报告 (\(language.rawValue))    \(folder.appendingPathComponent("report.html").path) — \(state)")
        }
        lines.append("  Match JSON          \(outcome.matchJSON)")
        let t = outcome.timings
        lines.append("  Timings 用时         plant 植入 \(seconds(t.plant)), list 生成名单 \(seconds(t.list)), match 比对 \(seconds(t.match)), report 报告 \(seconds(t.report))")
        return lines.joined(separator: "\n")
    }

    private func seconds(_ duration: Duration) -> String {
        let components = duration.components
        return String(format: "%.2f s", Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }

    private func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
