import Foundation
import LeakTraceCore

// The report's sections, in the order a Chinese 检验报告 presents them.
extension HTMLReportRenderer {
    func caseSection() -> String {
        var html = heading(1, "基本情况", "Case")
        html += keyValues([
            (t("案件名称", "Case"), e(document.case.name)),
            (t("案件编号", "Case number"), given(document.case.number)),
            (t("检材编号", "Exhibit numbers"), e(document.case.exhibits.map(\.number).joined(separator: t("、", ", ")))),
            (t("封存编号", "Seal numbers"), given(document.case.sealNumber)),
            (t("比对时间", "Matched at"), time(document.case.matchedAt)),
            (t("报告生成时间", "Report generated at"), time(document.generatedAt)),
            (t("检验工具", "Tool"), e("\(document.tool.name) \(document.tool.version)")),
            (t("数据流转链", "Pipeline"), e(document.pipeline.name)),
        ])
        html += "<p class=\"note\">\(e(t("本报告中的时间均为北京时间（UTC+8）。空白处由经办人员手工填写。", "All times are UTC. Blank fields are completed by hand.")))</p>\n"
        return html
    }

    func examinerSection() -> String {
        var html = heading(2, "检查人员", "Examiners")
        let rows = document.examiners.enumerated().map { [String($0.offset + 1), e($0.element)] }
        html += table([("#", true), (t("姓名", "Name"), false)], rows, numeric: [0])
        html += keyValues([(t("见证人", "Witness"), given(document.case.witness))])
        if document.examiners.count < 2 {
            html += "<p class=\"callout warning\">\(e(t("依照 2016 年电子数据规定，收集提取应由两名以上侦查人员进行，并邀请见证人。本报告登记的检查人员不足两名。", "The 2016 electronic-data rules ask for two or more investigators and a witness; fewer than two examiners are recorded here.")))</p>\n"
        }
        return html
    }

    func evidenceSection() -> String {
        var html = heading(3, "检材及完整性校验值", "Evidence and integrity values")
        for (exhibit, item) in zip(document.case.exhibits, document.evidence) {
            html += "<h3>\(e(exhibit.number)) · <span class=\"mono\">\(e(item.path))</span></h3>\n"
            let skipped = item.skipped.sorted { $0.key < $1.key }.map { t.skippedRows($0.key, count: $0.value, lines: item.skippedLines?[$0.key] ?? []) }
            html += keyValues([
                (t("文件大小（字节）", "Size (bytes)"), e(ReportFormat.grouped(item.bytes))),
                ("SHA-256", "<span class=\"hash\">\(e(item.sha256))</span>"),
                ("MD5", "<span class=\"hash\">\(e(item.md5))</span>"),
                ("SM3", "<span class=\"hash\">\(e(item.sm3))</span>"),
                (t("格式", "Format"), e(item.format)),
                (t("编码", "Encoding"), e(item.encoding)),
                (t("数据记录数", "Records"), e(ReportFormat.grouped(item.records))),
                (t("未能读取的记录", "Records not read"), e(skipped.isEmpty ? t("无", "none") : skipped.joined(separator: t("；", "; ")))),
                (t("接收人员", "Taken in by"), e(item.examiner)),
                (t("接收时间", "Taken in at"), time(item.intakeAt)),
            ])
        }
        if document.evidence.isEmpty { html += "<p>\(e(t("无检材。", "No evidence items.")))</p>\n" }
        return html
    }

    func methodSection() -> String {
        var html = heading(4, "提取和检查过程", "Extraction and examination process")
        for paragraph in document.method { html += "<p>\(e(paragraph))</p>\n" }
        return html
    }

    func hitSection() -> String {
        var html = heading(5, "命中记录", "Hits")
        html += "<p>\(e(t("下表逐条列出检材中与金丝雀记录相符的记录：左为检材原文（按原样显示，未作任何修改），右为登记库中的植入记录。字段比对栏列出各字段的 Fellegi–Sunter 权重，权重栏为其和（单位：比特）。", "Each record of the evidence that matched a canary: on the left the record as read from the file (shown verbatim), on the right the planted record from the registry. Each field's Fellegi–Sunter weight is shown beside its comparison; the weight column is their sum, in bits.")))</p>\n"
        guard !document.hits.isEmpty else {
            return html + "<p class=\"callout\">\(e(t("未发现命中记录。", "No hits were found.")))</p>\n"
        }
        let exhibitOf = Dictionary(document.case.exhibits.map { ($0.path, $0.number) }, uniquingKeysWith: { a, _ in a })
        let rows = document.hits.enumerated().map { index, hit -> [String] in
            // Exhibit and record on two lines: a narrow column then never breaks a number across lines.
            let location = "\(e(exhibitOf[hit.file] ?? hit.file))<br><span class=\"nowrap\">\(e(t("第 \(hit.record) 条", "record \(hit.record)")))</span>"
            let planted = [
                "\(e(t("姓名：", "Name: ")))\(e(hit.planted.name))",
                "\(e(t("手机号：", "Phone: ")))<span class=\"mono\">\(e(hit.planted.phone))</span>",
                "\(e(t("地址：", "Address: ")))\(e(hit.planted.address))",
                "\(e(t("植入于：", "Planted at: ")))\(e(t.placement(hit.entity, in: document.pipeline)))",
                "\(e(t("植入时间：", "Planted on: ")))\(time(hit.planted.at))",
                "\(e(t("金丝雀编号：", "Canary: ")))<span class=\"mono\">\(e(hit.canary))</span>",
            ].joined(separator: "<br>")
            let weights = hit.weights
            let fields = [
                (t("手机号", "phone"), hit.fields.phone, weights?.phone), (t("姓名", "name"), hit.fields.name, weights?.name),
                (t("地址", "address"), hit.fields.address, weights?.address),
            ].map { label, agreement, weight in
                "\(e(label + t("：", ": ")))<span class=\"agree-\(agreement.rawValue)\">\(e(t.agreement(agreement)))</span>"
                    + (weight.map { " <span class=\"weight\">\(e(ReportFormat.signed($0, 1)))</span>" } ?? "")
            }.joined(separator: "<br>")
            return [String(index + 1), location, "<div class=\"seen\">\(e(hit.seen))</div>", "<div class=\"planted\">\(planted)</div>",
                    "<div class=\"fields\">\(fields)</div>", e(ReportFormat.fixed(hit.score, 1))]
        }
        html += table([("#", true), (t("位置", "Location"), false), (t("检材原文", "Seized record"), false),
                       (t("植入记录", "Planted record"), false), (t("字段比对", "Fields"), false), (t("权重（比特）", "Weight (bits)"), true)],
                      rows, numeric: [0, 5])
        return html
    }

    func evaluationSection() -> String {
        var html = heading(6, "评价意见", "Evaluative opinion")
        html += "<p>\(e(t("依照欧洲法庭科学研究所联盟（ENFSI）评价性报告指南，以下只说明观察结果在两个对立命题下出现概率的比值（似然比），不说明任一命题为真的概率。", "Following the ENFSI guideline for evaluative reporting, this section states how much more probable the observations are under one proposition than under the other (the likelihood ratio); it does not state the probability that either proposition is true.")))</p>\n"
        if document.propositions.isEmpty {
            html += "<p class=\"callout\">\(e(t("没有命中的金丝雀记录，未对任何命题进行评价。", "No canary was found, so no proposition is evaluated.")))</p>\n"
        }
        for p in document.propositions {
            html += "<div class=\"proposition\"><dl>\n"
            html += "<dt>\(e(t("第一命题（Hp）", "Proposition 1 (Hp)")))</dt><dd>\(e(p.prosecution))</dd>\n"
            html += "<dt>\(e(t("第二命题（Hd）", "Proposition 2 (Hd)")))</dt><dd>\(e(p.defence))</dd>\n"
            let label = p.modelLog10LR == nil ? t("似然比", "Likelihood ratio") : t("似然比（保守值）", "Likelihood ratio (conservative)")
            html += "<dt>\(e(label))</dt><dd><strong>LR ≈ \(ReportFormat.likelihoodRatioHTML(log10LR: p.log10LR))</strong> (log<sub>10</sub> LR = \(e(ReportFormat.fixed(p.log10LR, 2)))) · <strong>\(e(t.support(p.support)))</strong></dd>\n"
            if let model = p.modelLog10LR {
                html += "<dt>\(e(t("模型似然比（全部假设成立时）", "Model LR (if every assumption held)")))</dt><dd class=\"model-lr\">log<sub>10</sub> LR = \(e(ReportFormat.fixed(model, 2))) · \(e(t("该值假定各命中相互独立、登记库和金丝雀记录的唯一性绝无差错，仅供说明，不作为证据强度。", "This figure assumes independent hits and a registry and canaries beyond any error; it is shown for transparency, not as the strength of the evidence.")))</dd>\n"
            }
            html += "<dt>\(e(t("结论", "Conclusion")))</dt><dd>\(e(p.statement))</dd>\n"
            html += "</dl></div>\n"
        }
        html += "<p>\(e(t("以上似然比所依据的假设，以及保守值的计算方法，列于第十一部分（局限性）。", "The assumptions these likelihood ratios rest on, and how the conservative figure is derived, are listed in section 11 (Limitations).")))</p>\n"
        html += "<p class=\"note\">\(e(t("言辞等级（ENFSI 2015）：LR 2–10 弱支持；10–100 中等支持；100–1,000 较强支持；1,000–10,000 强支持；10,000–1,000,000 很强支持；1,000,000 以上极强支持。", "Verbal scale (ENFSI 2015): LR 2–10 weak; 10–100 moderate; 100–1,000 moderately strong; 1,000–10,000 strong; 10,000–1,000,000 very strong; above 1,000,000 extremely strong support.")))</p>\n"
        return html
    }

    func attributionSection() -> String {
        let a = document.attribution
        var html = heading(7, "溯源分析（侦查参考）", "Attribution (investigative)")
        let sources = a.sources.map { entity($0) }.joined(separator: e(t("、", ", ")))
        html += "<p class=\"callout\">\(e(t("能解释全部命中的最小来源集合：", "Smallest set of sources explaining the hits: ")))<strong>\(sources.isEmpty ? e(t("无（没有证据）", "none (no evidence)")) : sources)</strong></p>\n"
        html += "<p>\(e(t("后验概率取决于先验：", "The posteriors depend on the prior: ")))\(e(sentence(document.explanations.prior)))\(e(t("覆盖率模型：", " Coverage model: ")))\(e(sentence(document.explanations.coverageModel)))\(e(t("后验概率仅供侦查参考，不作为评价意见。", " Posteriors are for investigation only, not part of the evaluative opinion.")))</p>\n"
        // The verbal scale is read on the conservative LR, the one the court hears; the model's is beside it.
        let rows = a.ranking.map { h -> [String] in
            let court = h.conservativeLog10LR ?? h.log10LR
            let scale = h.conservativeSupport
            return [entity(h.entity), e(ReportFormat.posterior(h.posterior)), e(ReportFormat.fixed(h.log10LR, 2)),
                    e(h.conservativeLog10LR.map { ReportFormat.fixed($0, 2) } ?? "—"),
                    e(court < 0 ? t("\(scale.chinese)（支持替代命题）", "\(scale.english) (for the alternative)") : t.support(scale)),
                    e(ReportFormat.fixed(h.coverage, 3)), "\(h.hits) / \(h.visible)"]
        }
        html += table([(t("环节（单一来源假设）", "Entity (single-source hypothesis)"), false), (t("后验概率", "Posterior"), true),
                       (t("模型 log10 LR", "Model log10 LR"), true), (t("保守 log10 LR", "Conservative log10 LR"), true),
                       (t("言辞等级（保守）", "Verbal scale (conservative)"), false), (t("覆盖率", "Coverage"), true),
                       (t("命中 / 可见", "Found / visible"), true)], rows, numeric: [1, 2, 3, 5, 6])
        if !a.sourceSet.isEmpty {
            html += "<h3>\(e(t("来源集合成员", "Members of the source set")))</h3>\n"
            let memberRows = a.sourceSet.map { m -> [String] in
                [entity(m.entity), e(ReportFormat.fixed(m.log10LR, 2)), e(m.conservativeLog10LR.map { ReportFormat.fixed($0, 2) } ?? "—"),
                 "<span class=\"mono\">\(e(m.explains.joined(separator: ", ")))</span>"]
            }
            html += table([(t("环节", "Entity"), false), (t("模型 log10 LR", "Model log10 LR"), true), (t("保守 log10 LR", "Conservative log10 LR"), true),
                           (t("仅由该环节解释的命中", "Hits only this member explains"), false)], memberRows, numeric: [1, 2])
        }
        html += "<figure>\(HitsBarChart(document: document).svg())<figcaption>\(e(t("图1  各环节命中数 / 可见金丝雀数（深色为来源）", "Figure 1. Canaries found / visible per entity (sources in dark blue)")))</figcaption></figure>\n"
        return html
    }

    func timelineSection() -> String {
        let w = document.attribution.window
        var html = heading(8, "时间线与泄露时间窗", "Timeline and leak window")
        html += keyValues([
            (t("最早可能泄露时间", "Leak no earlier than"), time(w.after) + (document.explanations.afterReason.map { "<br><span class=\"note\">\(e($0))</span>" } ?? "")),
            (t("最晚可能泄露时间", "Leak no later than"), time(w.before) + (document.explanations.beforeReason.map { "<br><span class=\"note\">\(e($0))</span>" } ?? "")),
        ])
        let plantRows = document.plants.map { p -> [String] in
            ["<span class=\"mono\">\(e(p.id))</span>", e(t.placement(p.placement.label, in: document.pipeline)), time(p.plantedAt),
             e(ReportFormat.grouped(p.count)), e(p.phoneOrigin == .synthetic ? t("合成号码（仅演示）", "synthetic (demo only)") : t("自有号码池", "controlled pool")), e(p.operatorName)]
        }
        html += table([(t("植入批次", "Plant"), false), (t("位置", "Placement"), false), (t("植入时间", "Planted at"), false),
                       (t("数量", "Count"), true), (t("手机号来源", "Phones"), false), (t("操作人", "Operator"), false)], plantRows, numeric: [3])
        html += "<figure>\(LeakTimelineChart(document: document).svg())<figcaption>\(e(t("图2  植入批次（实心为有命中）、命中记录的植入时间、检材接收时间；阴影为泄露时间窗，斜线表示上限取检材接收时间", "Figure 2. Plant batches (filled when found), plant times of the hits, intake; the shaded band is the leak window, hatched where its upper end is only the intake time")))</figcaption></figure>\n"
        return html
    }

    func guiltSection() -> String {
        var html = heading(9, "交叉核对：罪责模型", "Cross-check: guilt model")
        html += "<p>\(e(t("Papadimitriou 与 Garcia-Molina（IEEE TKDE 2011）的罪责概率 Pr{Gᵢ|S} = 1 − ∏(1 − (1−p)/|Vₜ|)，乘积取遍该环节持有且出现在检材中的金丝雀记录 t，|Vₜ| 为持有 t 的环节数，p 为检材中的记录系他人凭猜测得到的概率。该模型不考虑未出现的记录，仅作交叉核对。", "Papadimitriou and Garcia-Molina's (IEEE TKDE 2011) guilt probability Pr{Gᵢ|S} = 1 − ∏(1 − (1−p)/|Vₜ|), over the canaries t that the entity held and the list contains, where |Vₜ| is the number of entities holding t and p the probability that a record was guessed. It ignores absent records; it is shown as a cross-check only.")))</p>\n"
        guard !document.attribution.guilt.isEmpty else {
            return html + "<p>\(e(t("未计算。", "Not computed.")))</p>\n"
        }
        let rows = document.attribution.guilt.map { [entity($0.entity), e(ReportFormat.fixed($0.p, 2)), e(ReportFormat.probability($0.probability))] }
        html += table([(t("环节", "Entity"), false), ("p", true), ("Pr{G|S}", true)], rows, numeric: [1, 2])
        return html
    }

    func countSection() -> String {
        let c = document.counts
        var html = heading(10, "记录计数", "Record counts")
        html += keyValues([
            (t("读取的数据记录", "Records read"), e(ReportFormat.grouped(c.rows))),
            (t("有效且去重的个人信息记录", "Valid, de-duplicated personal records"), e(ReportFormat.grouped(c.uniqueValid))),
            (t("重复记录", "Duplicates"), e(ReportFormat.grouped(c.duplicates))),
            (t("无效记录（无有效手机号）", "Invalid (no valid phone)"), e(ReportFormat.grouped(c.invalid))),
            (t("金丝雀记录（虚构，单独计数）", "Canary records (fabricated, counted apart)"), e(ReportFormat.grouped(c.canaryRows))),
        ])
        if let fields = c.fieldCounts {
            let rows = [("name", fields.name), ("phone", fields.phone), ("address", fields.address), ("id_number", fields.idNumber), ("order", fields.order)]
                .map { [e(t.fieldProfile($0.0)), e(ReportFormat.grouped($0.1))] }
            html += "<h3>\(e(t("载有各字段的有效记录数", "Valid records carrying each field")))</h3>\n"
            html += table([(t("字段", "Field"), false), (t("记录数", "Records"), true)], rows, numeric: [1])
            html += "<p class=\"note\">\(e(t("身份证号须为 18 位且校验码（GB 11643）和出生日期有效；订单内容指订单号或运单号、金额、商品数量等（判定规则见工具文档），须结合样例人工核实。", "An ID number counts only with 18 characters and a valid GB 11643 check digit and birth date; order content means an order or waybill number, an amount or an item quantity (rules in the tool's documentation), to be checked against the samples.")))</p>\n"
        }
        if !c.fieldProfiles.isEmpty {
            let rows = c.fieldProfiles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { [e(t.fieldProfile($0.key)), e(ReportFormat.grouped($0.value))] }
            html += "<h3>\(e(t("有效记录所含字段", "Fields carried by the valid records")))</h3>\n"
            html += table([(t("字段组合", "Fields"), false), (t("记录数", "Records"), true)], rows, numeric: [1])
        }
        for (title, samples) in [(t("重复记录样例", "Sample duplicates"), c.duplicateSamples), (t("无效记录样例", "Sample invalid records"), c.invalidSamples)] where !samples.isEmpty {
            html += "<p class=\"samples\"><strong>\(e(title + t("：", ": ")))</strong><span class=\"mono\">\(e(samples.map(sampleReference).joined(separator: t("、", ", "))))</span></p>\n"
        }
        html += "<p class=\"note\">\(e(t("本节只列示计数及各记录所含字段，不作法律结论。记录类别和数量的法律评价（参见法释〔2017〕10号第五条、第十一条）由办案机关作出。", "This section presents counts and the fields each record carries; it draws no legal conclusion. The legal assessment of categories and numbers (see the 2017 SPC/SPP interpretation, Arts 5 and 11) is for the authorities.")))</p>\n"
        return html
    }

    func limitationSection() -> String {
        var html = heading(11, "局限性", "Limitations")
        html += "<h3>\(e(t("金丝雀记录不能说明的问题", "What the canaries cannot show")))</h3>\n<ol>\n"
        for limitation in document.limitations { html += "<li>\(e(limitation))</li>\n" }
        html += "</ol>\n"
        html += "<h3>\(e(t("似然比所依据的假设", "What the likelihood ratios assume")))</h3>\n<ol>\n"
        for assumption in document.assumptions { html += "<li>\(e(assumption))</li>\n" }
        return html + "</ol>\n"
    }

    func integritySection() -> String {
        var html = heading(12, "工具、登记库与签名", "Tool, registry and signature")
        html += keyValues([
            (t("检验工具及版本", "Tool and version"), e("\(document.tool.name) \(document.tool.version)")),
            (t("登记库指纹（SHA-256）", "Registry fingerprint (SHA-256)"), "<span class=\"hash\">\(e(ReportFormat.fingerprint(document.registryFingerprint)))</span>"),
            (t("签名公钥指纹（SHA-256）", "Signing key fingerprint (SHA-256)"), "<span class=\"hash\">\(e(ReportFormat.fingerprint(document.signingKeyFingerprint)))</span>"),
        ] + auditRows())
        html += "<p>\(e(t("本报告所在目录中的 manifest.json 列出目录内每个文件的 SHA-256 值，manifest.sig 是登记库签名私钥对 manifest.json 所作的 Ed25519 签名，公钥见 signing-key.pub。校验方法：", "manifest.json in this report's directory lists the SHA-256 of every file in it; manifest.sig is the registry signing key's Ed25519 signature over manifest.json, and signing-key.pub holds the public key. To check:")))</p>\n"
        html += "<p class=\"mono\">leaktrace verify DIR<br>openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin -in manifest.json -sigfile manifest.sig<br>sha256sum report.html report.json report.jsonld signing-key.pub</p>\n"
        html += "<p class=\"note\">\(e(t("任何文件的任何字节被改动，校验都会失败。公钥指纹应与登记库所有人另行提供的指纹一致。", "Changing any byte of any file makes the check fail. The key fingerprint should match the one the registry's owner gives separately.")))</p>\n"
        return html
    }

    func signatureSection() -> String {
        var html = "<section class=\"signatures-section\">\n" + heading(13, "签名", "Signatures")
        html += "<div class=\"signatures\">\n"
        let names = document.examiners + Array(repeating: "", count: max(0, 2 - document.examiners.count))
        for name in names {
            html += "<div class=\"signature\">\(e(t("检查人员：", "Examiner: ")))\(name.isEmpty ? fill() : e(name))<br>\(e(t("签名：", "Signature: ")))\(fill())<br>\(e(t("日期：", "Date: ")))\(fill())</div>\n"
        }
        html += "<div class=\"signature\">\(e(t("见证人：", "Witness: ")))\(given(document.case.witness))<br>\(e(t("签名：", "Signature: ")))\(fill())<br>\(e(t("日期：", "Date: ")))\(fill())</div>\n"
        html += "</div>\n</section>\n"
        return html
    }
}

extension HTMLReportRenderer {
    /// The audit log's signed tree head the report rests on, or a line saying there was none.
    func auditRows() -> [(String, String)] {
        guard let checkpoint = document.auditCheckpoint else {
            return [(t("审计日志", "Audit log"), e(t("登记库尚无签名树头", "the registry had no signed tree head")))]
        }
        return [
            (t("审计日志签名树头", "Audit log signed tree head"),
             e(t("\(checkpoint.treeSize) 条记录，签名时间 ", "\(checkpoint.treeSize) entries, signed ")) + time(checkpoint.signedAt)),
            (t("审计日志 Merkle 根（RFC 9162）", "Audit log Merkle root (RFC 9162)"), "<span class=\"hash\">\(e(checkpoint.rootHash))</span>"),
        ]
    }

    /// Ends a sentence that came without its full stop, so the next one does not run into it.
    func sentence(_ text: String) -> String {
        guard let last = text.last, !".。!?！？".contains(last) else { return text }
        return text + t("。", ".")
    }

    /// `path:record` as `JC01:17`, so a sample names its exhibit the way the hit table does.
    func sampleReference(_ sample: String) -> String {
        guard let colon = sample.lastIndex(of: ":") else { return sample }
        let path = String(sample[..<colon])
        guard let exhibit = document.case.exhibits.first(where: { $0.path == path }) else { return sample }
        return exhibit.number + sample[colon...]
    }

    /// A value the analyst gave, or a blank to fill in by hand.
    func given(_ value: String?) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return fill() }
        return e(value)
    }
}
