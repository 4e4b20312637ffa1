import LeakTraceCore

/// Chooses between the Chinese and the English wording of one phrase.
///
/// Both wordings sit side by side at the call site, so a translator sees what each sentence
/// says in the other language and the two reports cannot drift apart in content.
///
/// ```swift
/// let t = ReportText(.zh)
/// t("检材", "Evidence")   // "检材"
/// ```
struct ReportText: Sendable {
    let language: ReportLanguage

    init(_ language: ReportLanguage) { self.language = language }

    func callAsFunction(_ zh: String, _ en: String) -> String {
        language == .zh ? zh : en
    }

    /// The display name of an entity, with its id so it can be found in the registry.
    func entity(_ id: EntityID, in pipeline: Pipeline) -> String {
        guard let entity = pipeline.entity(id) else { return id.rawValue }
        return language == .zh ? "\(entity.name)（\(id.rawValue)）" : "\(entity.name) (\(id.rawValue))"
    }

    /// A placement label (`branch-3` or `platform,merchant-a,…`) in words.
    func placement(_ label: String, in pipeline: Pipeline) -> String {
        let ids = label.split(separator: ",").map { EntityID(rawValue: String($0)) }
        if ids.count <= 1 { return entity(ids.first ?? EntityID(rawValue: label), in: pipeline) }
        let names = ids.map { pipeline.entity($0)?.name ?? $0.rawValue }
        return self("测试订单路径：", "test-order path: ") + names.joined(separator: " → ")
    }

    func support(_ scale: VerbalScale) -> String {
        self(scale.chinese, scale.english)
    }

    func kind(_ kind: EntityKind) -> String {
        self(kind.chineseName, kind.rawValue)
    }

    func agreement(_ value: FieldAgreement) -> String {
        switch value {
        case .exact: self("一致", "exact")
        case .masked: self("掩码相容", "masked")
        case .partial: self("部分一致", "partial")
        case .disagree: self("不一致", "disagree")
        case .missing: self("缺失", "missing")
        }
    }

    /// Why records of an evidence item were not read (`ReadSummary.skipped`'s keys), in words.
    func skipReason(_ key: String) -> String {
        switch key {
        case "bad-encoding": self("编码错误（已按替换字符读取）", "bad encoding (read with replacement characters)")
        case "broken-quoting": self("引号未闭合", "broken quoting")
        case "too-long": self("记录过长", "record too long")
        case "malformed": self("格式损坏", "malformed")
        default: key
        }
    }

    /// Damaged rows of one reason with the first few line numbers an examiner can open the file at:
    /// "引号未闭合：3 行（第 7、19、44 行）" / "broken quoting: 3 (lines 7, 19, 44)"; "等"/"…" when
    /// more rows were skipped than lines were kept.
    func skippedRows(_ reason: String, count: Int, lines: [Int]) -> String {
        let label = skipReason(reason) + self("：", ": ")
        let number = ReportFormat.grouped(count)
        guard !lines.isEmpty else { return label + self("\(number) 行", number) }
        let more = count > lines.count
        let zh = lines.map(String.init).joined(separator: "、")
        let en = lines.map(String.init).joined(separator: ", ")
        return label + self("\(number) 行（第 \(zh) 行\(more ? "等" : "")）", "\(number) (\(lines.count == 1 && !more ? "line" : "lines") \(en)\(more ? ", …" : ""))")
    }

    /// A counted record's field profile (`name+phone+address`) in words.
    func fieldProfile(_ profile: String) -> String {
        profile.split(separator: "+").map { field -> String in
            switch field {
            case "name": self("姓名", "name")
            case "phone": self("手机号", "phone")
            case "address": self("地址", "address")
            case "id", "id_number": self("身份证号", "ID number")
            case "order": self("订单内容", "order content")
            case "other": self("其他字段", "other fields")
            default: String(field)
            }
        }.joined(separator: " + ")
    }
}
