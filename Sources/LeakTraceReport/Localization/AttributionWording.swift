import Foundation
import LeakTraceCore

/// The attribution's explanations (prior, coverage model, leak-window reasons, limitations and
/// remedies) in the report's language.
///
/// The attribution model states them in English, in `Attribution`'s text fields, which the JSON
/// contract keeps as they are. The Chinese report must not print English sentences, so here each
/// one is written anew in Chinese from the structured findings (entities, hits, plant times, the
/// window's bounds) and, where a number exists only in the English text (a coverage quantile, a
/// probability), from the numbers read out of it. Text that matches no known form is not copied:
/// the Chinese report then points the reader to the field of `report.json` that holds it.
///
/// ```swift
/// let wording = AttributionWording(findings: findings, language: .zh)
/// wording.prior()            // "对 6 个环节及“均非”共 7 个假设取均匀先验（各 1/7）。"
/// wording.afterReason()      // "检材清单含有金丝雀记录 c000043（植入时间 …），……"
/// ```
struct AttributionWording {
    let findings: CaseFindings
    let language: ReportLanguage

    private var t: ReportText { ReportText(language) }
    private var attribution: Attribution { findings.attribution }
    private var isEnglish: Bool { language == .en }

    // MARK: Prior and coverage model

    func prior() -> String {
        let text = attribution.prior
        if isEnglish { return text }
        let lower = text.lowercased()
        if lower.hasPrefix("uniform") {
            let n = Self.integers(in: text).first ?? attribution.ranking.count
            return "对 \(n) 个环节及“均非”共 \(n + 1) 个假设取均匀先验（各 1/\(n + 1)）。"
        }
        if text.hasPrefix("Stated prior: ") {
            let parts = text.dropFirst("Stated prior: ".count).trimmingCharacters(in: CharacterSet(charactersIn: ".")).components(separatedBy: ", ")
            let shares = parts.map { part -> String in
                let words = part.split(separator: " ")
                guard words.count == 2 else { return part }
                return (words[0] == "none" ? "均非" : entityName(String(words[0]))) + " " + words[1]
            }
            return "指定先验：" + shares.joined(separator: "；") + "。"
        }
        return "先验的说明见 report.json 中的 attribution.prior 字段。"
    }

    func coverageModel() -> String {
        let text = attribution.coverageModel
        if isEnglish { return text }
        if text.hasPrefix("Coverage f"), let prior = Self.between(text, "has a ", " prior and") {
            let penalty = Self.between(text, "penalty of ", " in log10").map { "，每增加一个环节，log10 似然比须多出 \($0)" } ?? ""
            return "覆盖率 f（检材清单所含某环节金丝雀记录的比例）取\(Self.betaPrior(prior))，并对每个单一来源假设精确积分；表中的覆盖率为其最大似然估计。"
                + "来源集合采用各成员覆盖率的最大似然估计\(penalty)。"
                + "植入时间晚于最后一条命中记录的金丝雀记录不计入，因为检材清单可能早于这些记录形成。"
        }
        if text.lowercased().contains("maximi") {
            return "各环节的覆盖率 f 取最大似然估计。"
        }
        return "覆盖率模型的说明见 report.json 中的 attribution.coverage_model 字段。"
    }

    // MARK: Leak window

    func afterReason() -> String? {
        let window = attribution.window
        if isEnglish { return window.afterReason }
        guard let after = window.after else {
            return window.afterReason == nil ? nil : "未发现金丝雀记录，无法确定检材清单的形成时间。"
        }
        let found = Set(findings.hits.map(\.canary))
        let latest = Set(findings.hits.filter { $0.planted.at == after }.map(\.canary)).sorted()
        let shown = latest.prefix(6).joined(separator: "、") + (latest.count > 6 ? " 等 \(latest.count) 条" : "")
        let ids = latest.isEmpty ? "" : " " + shown + " "
        return "检材清单含有金丝雀记录\(ids)（植入时间 \(time(after))），是所发现的 \(found.count) 条金丝雀记录中植入最晚的；清单不可能在此之前被复制。"
    }

    func beforeReason() -> String? {
        let window = attribution.window
        guard let text = window.beforeReason else { return nil }
        if isEnglish { return text }
        if text.hasPrefix("No canary was found") { return "未发现金丝雀记录，无法确定清单被复制时间的上限。" }
        if text.hasPrefix("No source is named") { return "未能确定来源环节，因此没有可用于确定复制时间上限的缺失金丝雀记录。" }
        let name = attribution.sources.first.map { t.entity($0, in: findings.pipeline) } ?? "来源环节"
        let after = window.after.map(time) ?? "最后一条命中记录的植入时间"
        if text.hasPrefix("No canary visible to") {
            return "\(after) 之后没有再植入\(name)可见的金丝雀记录，因此无法确定清单被复制时间的上限；现在在\(name)植入金丝雀记录，今后即可确定。"
        }
        let held = Self.integer(after: " held ", in: text)
        let percents = Self.percents(in: text)
        if text.contains("does not bound"), let held, percents.count >= 4 {
            return "\(name)持有 \(held) 条植入时间晚于 \(after) 的金丝雀记录，检材清单均未包含；但清单对\(name)数据的覆盖率可能低至 \(percents[0])（\(percents[1]) 置信下限），"
                + "在此覆盖率下偶然全部缺失的概率为 \(percents[2])，高于 \(percents[3]) 的阈值，因此这些记录的缺失不能确定复制时间的上限。"
        }
        if let before = window.before, let held, let needed = Self.integer(after: "missed all ", in: text), percents.count >= 3 {
            return "\(name)持有 \(held) 条植入时间晚于 \(after) 的金丝雀记录，检材清单均未包含。清单至少包含\(name)金丝雀记录的 \(percents[0])（\(percents[1]) 置信下限）；"
                + "若清单在 \(time(before)) 或之后被复制，截至该时间已植入的 \(needed) 条记录全部缺失的概率至多为 \(percents[2])。因此清单很可能在此之前被复制。"
        }
        return "复制时间上限的说明见 report.json 中的 attribution.window.before_reason 字段。"
    }

    // MARK: Limitations

    /// The limitation's statement: the entities it concerns and what the canaries cannot tell.
    func statement(_ limitation: Limitation) -> String {
        if isEnglish { return limitation.statement }
        let names = list(limitation.entities)
        let text = limitation.statement
        if text.hasPrefix("No canary is visible to") {
            return "没有任何金丝雀记录对\(names)可见，命中记录不能说明其是否为来源。"
        }
        if text.hasPrefix("The hits cannot tell") {
            return limitation.entities.count == 2
                ? "命中记录无法区分\(names)：没有只对其中一方可见的金丝雀记录。"
                : "命中记录无法区分\(names)：对其中一方可见的金丝雀记录，对其余各方同样可见。"
        }
        if text.contains("weak evidence"), let coverage = Self.percents(in: text).first {
            let opening = text.hasPrefix("No canary was found")
                ? "未发现金丝雀记录，无法估计覆盖率。假如检材清单包含某环节 \(coverage) 的记录，该环节金丝雀记录的缺失只是对其不利的弱证据："
                : "检材清单估计包含\(attribution.sources.first.map { t.entity($0, in: findings.pipeline) } ?? "来源环节")金丝雀记录的 \(coverage)。在此覆盖率下，某环节金丝雀记录的缺失只是对其不利的弱证据："
            // Each entity's detail reads "ID (0 of K found; … probability P, an LR of only X against it)".
            let details = text.components(separatedBy: "against it)").dropLast().compactMap { segment -> String? in
                guard let open = segment.range(of: " (0 of ") else { return nil }
                let detail = String(segment[open.lowerBound...])
                guard let id = segment[..<open.lowerBound].split(separator: " ").last.map(String.init),
                      let visible = Self.integer(after: "0 of ", in: detail),
                      let chance = Self.percents(in: detail).first, let lr = Self.between(detail, "an LR of only ", " ")
                else { return nil }
                return "\(entityName(id))（\(visible) 条中发现 0 条；按此覆盖率复制，全部缺失的概率为 \(chance)，似然比仅为 \(lr)）"
            }
            return opening + (details.isEmpty ? names : details.joined(separator: "；")) + "。"
        }
        return "关于\(names)的局限，说明见 report.json 中的 attribution.limitations 字段。"
    }

    /// The plant that would remove the limitation, naming the entities the remedy names.
    func remedy(_ limitation: Limitation) -> String? {
        guard let remedy = limitation.remedy else { return nil }
        if isEnglish { return remedy }
        let named = Self.entityTokens(in: remedy, known: Set(findings.pipeline.entityIDs))
        let targets = named.isEmpty ? list(limitation.entities) : list(named)
        if remedy.hasPrefix("Plant more canaries") {
            return "在\(targets)增加植入金丝雀记录，使部分复制的清单不可能偶然全部漏掉。"
        }
        if remedy.hasPrefix("Plant directly at") || remedy.lowercased().contains("direct plant at") {
            let note = remedy.contains("all but one") ? "（除一方外在其余各方直接植入，即可两两区分）" : ""
            return "在\(targets)直接植入金丝雀记录\(note)。"
        }
        return "补救办法见 report.json 中的 attribution.limitations 字段。"
    }

    // MARK: Helpers

    private func time(_ date: Date) -> String { ReportFormat.time(date, language: language) }

    private func entityName(_ id: String) -> String { t.entity(EntityID(rawValue: id), in: findings.pipeline) }

    private func list(_ ids: [EntityID]) -> String {
        ids.map { t.entity($0, in: findings.pipeline) }.joined(separator: t("、", ", "))
    }

    private static func betaPrior(_ english: String) -> String {
        let beta = english.range(of: "Beta(").map { String(english[$0.lowerBound...]) } ?? english
        if english.hasPrefix("uniform") { return "均匀先验 \(beta)" }
        if english.hasPrefix("Jeffreys") { return "Jeffreys 先验 \(beta)" }
        return "\(beta) 先验"
    }

    /// The text between two markers, or nil.
    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }

    /// The whole number right after `marker` ("held 12 canaries" → 12).
    static func integer(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }

    static func integers(in text: String) -> [Int] {
        text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).compactMap { Int($0) }
    }

    /// Every percentage in order, in Chinese form ("12%", "低于 0.01%").
    static func percents(in text: String) -> [String] {
        var found: [String] = []
        var index = text.startIndex
        while let sign = text[index...].firstIndex(of: "%") {
            let number = text[..<sign].reversed().prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            if !number.isEmpty {
                let value = String(number.reversed()) + "%"
                let before = text[..<sign].dropLast(number.count)
                found.append(before.hasSuffix("less than ") ? "低于 " + value : value)
            }
            index = text.index(after: sign)
        }
        return found
    }

    /// Entity ids named in `text`, in order of appearance, once each.
    static func entityTokens(in text: String, known: Set<EntityID>) -> [EntityID] {
        var seen = Set<EntityID>()
        return text.split(whereSeparator: { !(($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-") })
            .map { EntityID(rawValue: String($0)) }
            .filter { known.contains($0) && seen.insert($0).inserted }
    }
}
