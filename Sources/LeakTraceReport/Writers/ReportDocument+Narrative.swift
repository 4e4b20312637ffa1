import Foundation
import LeakTraceCore

// The prose of the report, built from the findings so every number in it is the registry's.
extension ReportDocument {
    static func method(_ f: CaseFindings, _ t: ReportText) -> [String] {
        let planted = ReportFormat.grouped(f.plants.reduce(0) { $0 + $1.count })
        let entities = f.pipeline.entities.count
        let files = f.evidence.count
        let rows = ReportFormat.grouped(f.counts.rows)
        let hits = ReportFormat.grouped(f.hits.count)
        let examiners = f.examiners.joined(separator: t("、", ", "))
        return [
            t("（一）植入。在本案检材出现之前，登记库已在数据流转链（\(f.pipeline.name)）的 \(entities) 个环节中分 \(f.plants.count) 批植入 \(planted) 条虚构的金丝雀记录（姓名、手机号、收货地址和订单）。每条记录只进入特定环节持有的数据：直接植入的只由该环节持有，测试订单由订单路径上的每个环节持有。植入的时间、位置、操作人和导出文件的 SHA-256 值均记录在登记库中。",
              "1. Planting. Before the seized material surfaced, the registry had planted \(planted) fabricated canary records (name, mobile number, delivery address and order) in \(f.plants.count) batches at the \(entities) entities of the data pipeline \"\(f.pipeline.name)\". Each record entered only the data of particular entities: a direct plant is held by that entity alone, a test order by every entity on its path. The time, place, operator and the SHA-256 of each export are recorded in the registry."),
            t("（二）提取和固定。检查人员（\(examiners)）接收 \(files) 个检材文件后，先计算每个文件的 SHA-256、MD5 和 SM3 完整性校验值（见第三部分），此后仅以只读方式读取文件，共读取 \(rows) 条数据记录。",
              "2. Intake. On receiving the \(files) evidence file(s), the examiner(s) (\(examiners)) computed each file's SHA-256, MD5 and SM3 integrity values (section 3) and then read the files read-only: \(rows) data records in all."),
            t("（三）比对。对每条记录的手机号进行规范化（去除空格、连字符和 +86/0086 前缀，全角数字转为半角），通过索引查找与金丝雀手机号相同、或与其掩码形式（如 138****5678）相容的记录；再比对姓名和地址，按 Fellegi–Sunter 方法累加各字段的匹配权重（单位：比特）。掩码手机号只有在姓名或地址也一致时才计为命中。共发现 \(hits) 条命中（见第五部分），每条均列出检材原文与植入记录以供逐项核对。",
              "3. Matching. Each record's phone number was normalised (spaces, hyphens and +86/0086 removed, full-width digits made ASCII) and looked up in an index of the canaries' numbers, exact or compatible with a mask such as 138****5678. Name and address were then compared and the fields' Fellegi–Sunter weights (in bits) added up. A masked phone counts only when the name or the address also agrees. There are \(hits) hits (section 5); each is shown beside the planted record so it can be checked by hand."),
            t("（四）评价。每条金丝雀记录只可能从持有它的环节流出。对每个环节，比较“检材清单来源于该环节的数据”与“来源于其他环节或均非”两个命题下出现上述命中和未命中的概率，得出似然比；检材只含某环节部分数据的可能（覆盖率）以及与真实人员记录偶然重合的概率都计入模型。\(conservativeMethod(f, t).zh)另给出能解释全部命中的最小来源集合和泄露时间窗，并以 Papadimitriou 与 Garcia-Molina 的罪责模型作交叉核对。",
              "4. Evaluation. A canary can only have left through an entity that held it. For each entity, the probability of the observed hits and misses was compared under \"the list derives from this entity's data\" and \"it derives from another entity, or from none\", giving a likelihood ratio; the model allows for a list carrying only part of an entity's data (coverage) and for chance agreement with a real person's record. \(conservativeMethod(f, t).en)The smallest set of sources that explains the hits and the leak window are also given, with Papadimitriou and Garcia-Molina's guilt model as a cross-check."),
            t("（五）计数。另行统计检材中有效、去重后的个人信息记录数，重复记录和无效记录分列。金丝雀记录系虚构，不属于公民个人信息，单独计数。",
              "5. Counting. The seized list's valid, de-duplicated personal records were counted, with duplicates and invalid rows listed separately. Canaries are fabricated, not citizens' personal information, and are counted apart."),
        ]
    }

    static func propositions(_ f: CaseFindings, _ t: ReportText) -> [ReportProposition] {
        let a = f.attribution
        let name = { (id: EntityID) in t.entity(id, in: f.pipeline) }
        var result: [ReportProposition] = []
        if a.sources.count > 1 {
            // A merged list: each member is weighed against the set without it.
            for member in a.sourceSet {
                let others = a.sources.filter { $0 != member.entity }.map(name).joined(separator: t("、", ", "))
                result.append(proposition(
                    member.entity, model: member.log10LR, conservative: member.conservativeLog10LR, t: t,
                    hp: t("检材清单中含有来源于\(name(member.entity))数据的记录（另含来源于\(others)的记录）。",
                          "The seized list contains records derived from the data of \(name(member.entity)), besides those from \(others)."),
                    hd: t("检材清单不含来源于\(name(member.entity))的记录，其中的金丝雀记录均来源于\(others)。",
                          "The seized list contains no records derived from \(name(member.entity)); its canaries all come from \(others).")))
            }
        } else if let best = a.ranking.first, !a.sources.isEmpty {
            result.append(proposition(
                best.entity, model: best.log10LR, conservative: best.conservativeLog10LR, t: t,
                hp: t("检材清单来源于\(name(best.entity))持有的数据。",
                      "The seized list derives from the data held by \(name(best.entity))."),
                hd: t("检材清单来源于数据流转链中其他环节的数据，或不来源于其中任何环节。",
                      "The seized list derives from the data of another entity in the pipeline, or from none of them.")))
        }
        return result
    }

    /// The court hears the conservative LR when the findings carry one; the model's stays beside it.
    private static func proposition(
        _ entity: EntityID, model: Double, conservative: Double?, t: ReportText, hp: String, hd: String
    ) -> ReportProposition {
        let log10LR = conservative ?? model
        let scale = VerbalScale(log10LR: log10LR)
        let favours = log10LR > 0 ? "prosecution" : log10LR < 0 ? "defence" : "neither"
        let lr = ReportFormat.likelihoodRatioProse(log10LR: log10LR)
        let statement: String
        switch favours {
        case "prosecution":
            statement = t("在第一命题成立时观察到本案命中与未命中的概率，约为第二命题成立时的 \(lr) 倍。相对于第二命题，观察结果对第一命题提供\(scale.chinese)。",
                          "The observed hits and misses are about \(lr) times more probable if the first proposition is true than if the second is. They give \(scale.english) support to the first proposition over the second.")
        case "defence":
            let inverse = ReportFormat.likelihoodRatioProse(log10LR: -log10LR)
            statement = t("在第二命题成立时观察到本案命中与未命中的概率，约为第一命题成立时的 \(inverse) 倍。相对于第一命题，观察结果对第二命题提供\(scale.chinese)。",
                          "The observed hits and misses are about \(inverse) times more probable if the second proposition is true than if the first is. They give \(scale.english) support to the second proposition over the first.")
        default:
            statement = t("观察结果在两个命题下出现的概率相同，不支持任何一方。",
                          "The observations are equally probable under both propositions and support neither.")
        }
        return ReportProposition(entity: entity, prosecution: hp, defence: hd, log10LR: log10LR,
                                 likelihoodRatio: ReportFormat.likelihoodRatioText(log10LR: log10LR),
                                 support: scale, favours: favours, statement: statement,
                                 modelLog10LR: conservative == nil ? nil : model)
    }

    /// What every LR rests on; the report lists them under the limitations, where the defence looks.
    static func assumptions(_ f: CaseFindings, _ t: ReportText) -> [String] {
        var integrity = t("登记库的完整性：能够写入登记库的人可以植入记录以嫁祸某一环节。对此的回答是登记库的审计日志：每次植入、导出、接收、比对、出具报告和作废均记入一条与前一条散列相连的记录，并按 RFC 9162（证书透明度）构成 Merkle 树，由登记库签名私钥对树头签名；任何修改、删除或调换都会使“leaktrace audit verify”核验失败，任何一条记录都可用“leaktrace audit proof”单独出具包含性证明，交法庭离线核验。",
                          "The registry's integrity: someone able to write to the registry could plant records to frame a stage. The answer is the registry's audit log: every plant, export, intake, match, report and burn adds an entry hash-chained to the one before, and the entries form an RFC 9162 (Certificate Transparency) Merkle tree whose heads the registry's key signs; any edit, deletion or reordering makes \"leaktrace audit verify\" fail, and \"leaktrace audit proof\" gives an inclusion proof for any single entry that a court can check offline.")
        if let checkpoint = f.auditCheckpoint {
            integrity += t("本报告依据的审计日志状态：\(checkpoint.treeSize) 条记录，Merkle 根 \(checkpoint.rootHash.prefix(16))…（见第十二部分）。",
                           " This report rests on the audit log as signed at \(checkpoint.treeSize) entries, Merkle root \(checkpoint.rootHash.prefix(16))… (section 12).")
        }
        var list = [
            t("每条金丝雀记录只存在于植入时登记的环节（及登记的数据同步去向）中，即只属于其登记的可见环节集合；若有未登记的数据流转，持有者范围会更大。",
              "Each canary is unique to its visibility set: it exists only at the entities recorded when it was planted (and where declared copy flows take it); an undeclared data flow would widen that set."),
            t("金丝雀记录与真实人员的记录偶然重合的概率很小，且已按匹配器的随机一致概率和检材规模计入模型。",
              "A canary collides with a real person's record by chance only rarely; that chance, from the matcher's u-probabilities and the list's size, is in the model."),
            t("数据可能从一个环节继续流向后续环节：若某环节的数据被转交给他人，似然比指向的是数据最初所在的环节，而非最终的出售者。",
              "Data may flow on from one stage to later ones: the LR points to where the data was held, not to whoever last passed it on."),
            integrity,
        ]
        if let c = f.attribution.conservative {
            let cap = ReportFormat.likelihoodRatioProse(log10LR: c.log10Cap)
            let failure = ReportFormat.likelihoodRatioProse(log10LR: -c.log10Cap)
            let inflation = String(format: "%g", c.chanceInflation)
            list.append(t("以上假设不可能绝对成立，因此第六部分报告的是保守似然比，而非模型在全部假设成立时得出的似然比：（1）同一批次植入的金丝雀记录一同导出、一同流转，命中之间并不独立，故每个植入批次只计为一次观察\(c.batchesDependent ? "" : "（本案未采用此项）")；（2）每条记录的偶然重合概率放大 \(inflation) 倍，以防随机一致概率被低估；（3）假定以上任一假设失效（如登记库被篡改以嫁祸、金丝雀记录不唯一、存在未登记的数据流转或检验中混淆了检材）而恰好产生全部命中的概率为 \(failure)，一次失效即可解释全部命中，因此似然比不超过 \(cap)。报告值取模型值与如此削弱后的值中更接近 1 者；二者方向相反时取 1。",
                          "None of these assumptions can be taken as certain, so section 6 reports a conservative likelihood ratio rather than the model's figure under all of them at once: (1) canaries planted in one batch are exported and travel together, so hits are not independent and each plant batch counts as one observation\(c.batchesDependent ? "" : " (not applied here)"); (2) every record's chance-match probability is multiplied by \(inflation), in case the u-probabilities understate it; (3) the assumptions above fail in a way that produces all the hits (a registry falsified to frame a stage, a canary that is not unique, an undeclared data flow, evidence mixed up in the examination) with probability \(failure), and since one failure explains every hit at once, the LR cannot exceed \(cap). The figure reported is whichever of the model's and the weakened one is nearer to 1, and 1 when they point in opposite directions."))
        }
        return list
    }

    /// The sentence of the method that says which LR the court hears, in both languages.
    static func conservativeMethod(_ f: CaseFindings, _ t: ReportText) -> (zh: String, en: String) {
        guard let c = f.attribution.conservative else { return ("", "") }
        let cap = ReportFormat.likelihoodRatioProse(log10LR: c.log10Cap)
        return ("模型假定各命中相互独立，命中越多似然比越大，可达天文数字；因此评价意见采用保守似然比：同一植入批次只计一次观察，偶然重合概率放大，并按模型假设失效的可能性限定其上限（不超过 \(cap)，见第十一部分）。",
                "The model treats hits as independent, so with many hits its LR grows to astronomical size; the evaluative opinion therefore uses a conservative LR that counts each plant batch once, inflates chance-match probabilities and is bounded by the chance that the model's assumptions fail (at most \(cap); section 11). ")
    }

    static func limitations(_ f: CaseFindings, _ t: ReportText) -> [String] {
        let wording = AttributionWording(findings: f, language: t.language)
        var out: [String] = []
        var weaklyAbsent = Set<EntityID>()
        for limitation in f.attribution.limitations {
            var line = wording.statement(limitation)
            if let remedy = wording.remedy(limitation) {
                line += t("补救：", " Remedy: ") + remedy
            }
            if limitation.statement.contains("weak evidence") { weaklyAbsent.formUnion(limitation.entities) }
            out.append(line)
        }
        for hypothesis in f.attribution.ranking where hypothesis.hits == 0 && hypothesis.visible > 0 && !weaklyAbsent.contains(hypothesis.entity) {
            // Weak absences are stated above with their numbers; the model found these absences
            // informative at the estimated coverage, which still cannot clear data that held no canary.
            out.append(t("\(t.entity(hypothesis.entity, in: f.pipeline))的 \(hypothesis.visible) 条金丝雀记录均未出现。按估计的覆盖率，这一缺失是不利于该环节为来源的证据（似然比见第七部分），但不能排除该环节未植入金丝雀记录的那部分数据外泄。",
                         "None of the \(hypothesis.visible) canaries visible to \(t.entity(hypothesis.entity, in: f.pipeline)) appear. At the estimated coverage that absence counts against it as the source (LRs in section 7), but it cannot exclude a leak of the part of its data that held no canary."))
        }
        if f.attribution.window.before == nil {
            out.append(t("泄露时间只有下限（最晚一条被命中的金丝雀的植入时间）；没有覆盖率足够高而缺失的金丝雀记录来确定上限，上限只能取检材的接收时间。",
                         "The leak time has only a lower bound (the latest plant time among the canaries found); no canaries are absent while coverage is high, so the only upper bound is when the list was taken in."))
        }
        if f.examiners.count < 2 {
            out.append(t("2016 年电子数据规定要求由两名以上侦查人员进行收集提取；本报告只登记了 \(f.examiners.count) 名检查人员。",
                         "The 2016 electronic-data rules ask for two or more investigators; this report names \(f.examiners.count)."))
        }
        out.append(t("似然比衡量的是证据对两个命题的区分程度，而不是任一命题为真的概率；第七部分的后验概率取决于所述先验，仅供侦查参考。",
                     "A likelihood ratio measures how well the evidence separates two propositions, not the probability that either is true; the posteriors in section 7 depend on the stated prior and are for investigation only."))
        return out
    }
}
