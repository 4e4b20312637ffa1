import Foundation
import LeakTraceCore
import LeakTraceReport

/// A draft of the notification PIPL Art. 57 (《个人信息保护法》第五十七条) asks of a personal
/// information processor whose data leaked: the kinds of information, the cause and the possible
/// harm; the remedial measures taken and what individuals can do; and how to reach the processor.
///
/// It is a draft for the controller's people to check and complete, and says so at the top. Every
/// fact in it comes from the case findings (the counted records' fields, the attributed source, its
/// LR and the leak window); everything only the controller knows is a `[…]` placeholder. It states
/// the examination's evaluative opinion as such and draws no legal conclusion. No canary, no record
/// and no personal data of any kind appears in it.
///
/// ```swift
/// let notice = try BreachNotice(findings: findings, entity: "branch-2", language: .zh, draftedAt: Date())
/// try Data(notice.markdown.utf8).write(to: url)
/// ```
public struct BreachNotice: Sendable {
    public let findings: CaseFindings
    public let entity: Entity
    public let language: ReportLanguage
    public let draftedAt: Date

    public init(findings: CaseFindings, entity id: EntityID, language: ReportLanguage, draftedAt: Date) throws {
        guard let entity = findings.pipeline.entity(id) else {
            throw LeakTraceError.invalidInput("entity '\(id)' is not in case \(findings.caseName)'s pipeline (\(findings.pipeline.entityIDs.map(\.rawValue).joined(separator: ", ")))")
        }
        self.findings = findings
        self.entity = entity
        self.language = language
        self.draftedAt = draftedAt
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    private func time(_ date: Date) -> String { ReportFormat.time(date, language: language) }
    private var entityName: String { t("\(entity.name)（\(entity.id)）", "\(entity.name) (\(entity.id))") }

    /// The notice as Markdown: readable as plain text, and convertible by any Markdown tool.
    public var markdown: String {
        var lines: [String] = []
        lines.append(t("# 个人信息泄露事件通知（草稿）", "# Personal information breach notification (DRAFT)"))
        lines.append("")
        lines.append(t(
            "> **草稿，须由人工核实、补充后方可使用。** 本文件由 LeakTrace 根据案件“\(findings.caseName)”的检验结果自动起草，供\(entityName)所属的个人信息处理者参考，用于履行《中华人民共和国个人信息保护法》第五十七条规定的通知义务。它不是正式通知，不对任何单位或个人作出法律结论；方括号 [ ] 内的内容须由处理者填写，其余内容也须核实。",
            "> **DRAFT, to be checked and completed by people before any use.** LeakTrace drafted this from the findings of case \"\(findings.caseName)\" for the personal information processor responsible for \(entityName), towards the notification PIPL Art. 57 asks for. It is not a notification in itself and draws no legal conclusion about any organisation or person; everything in brackets [ ] is for the processor to fill in, and everything else is for them to check."))
        lines.append("")
        lines.append(t("- 致：[履行个人信息保护职责的部门]；受影响的个人", "- To: [the authority responsible for personal information protection]; the individuals concerned"))
        lines.append(t("- 个人信息处理者：[单位全称]（在本案数据流转链“\(findings.pipeline.name)”中登记为\(entityName)，角色：\(entity.kind.chineseName)）",
                       "- Personal information processor: [full legal name] (registered in case pipeline \"\(findings.pipeline.name)\" as \(entityName), role: \(entity.kind.rawValue))"))
        lines.append(t("- 案件：\(findings.caseName)\(findings.filing?.caseNumber.map { "（案件编号 \($0)）" } ?? "")", "- Case: \(findings.caseName)\(findings.filing?.caseNumber.map { " (case number \($0))" } ?? "")"))
        lines.append(t("- 起草时间：\(time(draftedAt))（北京时间）", "- Drafted: \(time(draftedAt))"))
        lines.append("")
        lines += informationSection() + [""] + causeSection() + [""] + harmSection() + [""] + remedySection() + [""] + contactSection()
        lines.append("")
        lines.append("---")
        lines.append(t("签发人：[ ]　　日期：[ ]", "Issued by: [ ]    Date: [ ]"))
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Sections, in the order of Art. 57

    private func informationSection() -> [String] {
        let counts = findings.counts
        var lines = [t("## 一、发生或者可能发生泄露的个人信息种类", "## 1. Kinds of personal information leaked or possibly leaked"), ""]
        let files = findings.evidence.count
        lines.append(t(
            "在本案查获的 \(files) 个检材文件中，共读取 \(ReportFormat.grouped(counts.rows)) 条记录，其中手机号码有效、按人去重后的个人信息记录 \(ReportFormat.grouped(counts.uniqueValid)) 条（另有重复记录 \(ReportFormat.grouped(counts.duplicates)) 条、无有效手机号码的记录 \(ReportFormat.grouped(counts.invalid)) 条）。这些记录所含的信息种类如下：",
            "The \(files) seized file(s) hold \(ReportFormat.grouped(counts.rows)) records, of which \(ReportFormat.grouped(counts.uniqueValid)) are personal records with a valid mobile number, counted once per person (besides \(ReportFormat.grouped(counts.duplicates)) duplicates and \(ReportFormat.grouped(counts.invalid)) records without a valid number). They carry these kinds of information:"))
        lines.append("")
        let kinds = PersonalInformationKind.counts(in: counts.fieldProfiles)
        if kinds.isEmpty {
            lines.append(t("- [检材未能确定所含字段，须人工核实]", "- [the fields could not be determined from the evidence; check by hand]"))
        }
        for (kind, records) in kinds {
            lines.append(t("- \(kind.zh)：\(ReportFormat.grouped(records)) 条记录", "- \(kind.en): \(ReportFormat.grouped(records)) records"))
        }
        lines.append("")
        lines.append(t(
            "以上是查获清单中的记录，不一定都来自本单位。请核实本单位实际持有、可能被泄露的数据范围和字段（如是否还包括身份证号码、订单内容等）：[ ]",
            "These are the records of the seized list; not all need come from this processor. Check which of its own data, and which fields (ID numbers, order contents …), may have leaked: [ ]"))
        lines.append(t("（本案为溯源而植入的虚构记录共 \(counts.canaryRows) 条，不属于个人信息，未计入上述数字。）",
                       "(The \(counts.canaryRows) fabricated records planted for tracing are not personal information and are not counted above.)"))
        return lines
    }

    private func causeSection() -> [String] {
        let a = findings.attribution
        var lines = [t("## 二、原因", "## 2. Cause"), ""]
        let log10LR = a.sources.count > 1
            ? a.sourceSet.first { $0.entity == entity.id }.map { $0.conservativeLog10LR ?? $0.log10LR }
            : a.ranking.first { $0.entity == entity.id }.map { $0.conservativeLog10LR ?? $0.log10LR }
        if a.sources.contains(entity.id), let log10LR {
            let scale = VerbalScale(log10LR: log10LR)
            let ratio = ReportFormat.likelihoodRatioProse(log10LR: log10LR)
            lines.append(t(
                "案件检验在查获清单中发现了只存在于特定环节数据中的虚构记录（金丝雀记录）。检验的评价意见是：与“清单来源于其他环节的数据或均非”相比，观察结果在“清单来源于\(entityName)持有的数据”时出现的可能性约高 \(ratio) 倍，对后者提供\(scale.chinese)（似然比，按 ENFSI 言辞等级）。似然比说明证据对两个命题的区分程度，不是任一命题为真的概率。",
                "The examination found fabricated records (canaries) in the seized list that existed only in particular entities' data. Its evaluative opinion: the observations are about \(ratio) times more probable if the list derives from the data held by \(entityName) than if it derives from another entity's data or from none, \(scale.english) support on the ENFSI verbal scale. A likelihood ratio says how well the evidence separates the two propositions, not how probable either is."))
        } else {
            lines.append(t(
                "案件检验未将查获清单归因于\(entityName)。如仍发出通知，原因须由本单位另行说明：[ ]",
                "The examination did not attribute the seized list to \(entityName). If a notification is sent nonetheless, the processor must state the cause itself: [ ]"))
        }
        lines.append("")
        let window = a.window
        let after = window.after.map(time) ?? t("未能确定", "not determined")
        let before = window.before.map(time) ?? t("未能确定（至迟为检材接收时间 \(findings.evidence.map(\.intakeAt).min().map(time) ?? "[ ]")）",
                                                     "not determined (at the latest, when the list was taken in: \(findings.evidence.map(\.intakeAt).min().map(time) ?? "[ ]"))")
        lines.append(t("- 数据被复制的时间：不早于 \(after)；不晚于 \(before)。", "- When the data was copied: no earlier than \(after); no later than \(before)."))
        lines.append(t("- 具体原因（例如内部人员导出、账号被盗用、接口被滥用、向第三方提供等），须由本单位调查后填写：[ ]",
                       "- The specific cause (an insider's export, a stolen account, an abused interface, sharing with a third party …), to be filled in after the processor's own investigation: [ ]"))
        return lines
    }

    private func harmSection() -> [String] {
        var lines = [t("## 三、可能造成的危害", "## 3. Possible harm"), ""]
        // The phone first: it is what makes every other field usable for fraud.
        let kinds = PersonalInformationKind.counts(in: findings.counts.fieldProfiles).map(\.kind)
            .sorted { ($0 == .phone ? 0 : 1, $0.order) < ($1 == .phone ? 0 : 1, $1.order) }
        let harms = kinds.compactMap { language == .zh ? $0.harmZH : $0.harmEN }
        for harm in harms { lines.append("- " + harm) }
        lines.append(t("- [其他危害，由本单位评估后补充]", "- [other harm, as the processor assesses it]"))
        return lines
    }

    private func remedySection() -> [String] {
        let window = findings.attribution.window
        let period = t("\(window.after.map(time) ?? "[ ]") 至 \(window.before.map(time) ?? "[ ]")", "\(window.after.map(time) ?? "[ ]") to \(window.before.map(time) ?? "[ ]")")
        return [
            t("## 四、已采取的补救措施和个人可以采取的减轻危害的措施", "## 4. Remedial measures taken, and what individuals can do"), "",
            t("本单位已采取的补救措施（以下为建议，须按实际情况填写、删改）：", "Remedial measures the processor has taken (suggestions only; replace with what was actually done):"),
            "",
            t("- [ ] 核查 \(period) 期间有权访问上述数据的账号、数据导出记录和接口调用日志", "- [ ] review accounts with access to this data, exports and interface calls in the period \(period)"),
            t("- [ ] 停用或重置可疑账号和接口密钥，收紧数据导出权限", "- [ ] disable or reset suspicious accounts and interface keys; restrict data exports"),
            t("- [ ] 面单和对外提供的数据按 GB/T 41833-2022 去标识化（隐私面单）", "- [ ] de-identify waybills and shared data as GB/T 41833-2022 requires (privacy waybills)"),
            t("- [ ] 向公安机关报案，配合调查", "- [ ] report to the police and assist the investigation"),
            t("- [ ] 其他：[ ]", "- [ ] other: [ ]"),
            "",
            t("个人可以采取的措施：", "What individuals can do:"),
            "",
            t("- 对自称快递、电商客服并要求转账、提供验证码、下载软件或点击链接的电话和短信保持警惕，通过官方渠道核实", "- Be wary of calls and messages claiming to be courier or shop customer service that ask for transfers, verification codes, app installs or link clicks; check through official channels"),
            t("- 不向他人透露验证码、银行卡和密码信息", "- Never give anyone verification codes, bank card details or passwords"),
            t("- 拒收未曾订购的到付包裹", "- Refuse cash-on-delivery parcels that were never ordered"),
            t("- 遇到诈骗，拨打 110 报警", "- Report fraud to the police (110)"),
        ]
    }

    private func contactSection() -> [String] {
        [
            t("## 五、个人信息处理者的联系方式", "## 5. How to contact the processor"), "",
            t("- 联系部门和联系人：[ ]", "- Department and contact person: [ ]"),
            t("- 电话：[ ]", "- Telephone: [ ]"),
            t("- 电子邮箱：[ ]", "- Email: [ ]"),
            t("- 通信地址：[ ]", "- Postal address: [ ]"),
        ]
    }
}
