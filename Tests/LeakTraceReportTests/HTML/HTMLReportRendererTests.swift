import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

final class HTMLReportRendererTests: XCTestCase {
    private func html(_ language: ReportLanguage, _ findings: CaseFindings = SyntheticFindings.make()) -> String {
        HTMLReportRenderer(document: ReportDocument(findings: findings, language: language, signingKeyFingerprint: String(repeating: "9", count: 64))).render()
    }

    func testHostileSeenRowIsShownEscapedNeverAsMarkup() {
        for language in ReportLanguage.allCases {
            let page = html(language)
            XCTAssertFalse(page.contains("<script"), "\(language)")
            XCTAssertFalse(page.contains("<img"), "\(language)")
            XCTAssertTrue(page.contains("&lt;script&gt;alert(&#39;leak&#39;)&lt;/script&gt;"), "\(language)")
            XCTAssertTrue(page.contains("&lt;img src=https://evil.invalid/x.png&gt;"), "\(language)")
            // The right-to-left override in the third hit is made visible, not obeyed.
            XCTAssertFalse(page.unicodeScalars.contains("\u{202E}"))
            XCTAssertTrue(page.contains("示例路⟨U+202E⟩12001号"))
        }
    }

    func testReferencesNothingOutsideThePage() throws {
        let attribute = try NSRegularExpression(pattern: #"\b(?:src|href|action|srcset|xlink:href)\s*=\s*["']?\s*(?:https?:)?//"#, options: [.caseInsensitive])
        for language in ReportLanguage.allCases {
            let page = html(language)
            // Only real tags are searched: escaped evidence text cannot contain "<", so it is left out.
            let tags = try NSRegularExpression(pattern: "<[^>]*>").matches(in: page, range: NSRange(page.startIndex..., in: page))
                .map { (page as NSString).substring(with: $0.range) }
            XCTAssertGreaterThan(tags.count, 100)
            for tag in tags {
                XCTAssertEqual(attribute.numberOfMatches(in: tag, range: NSRange(tag.startIndex..., in: tag)), 0, "\(language): \(tag)")
            }
            for forbidden in ["<link", "<script", "<iframe", "<object", "@import", "http://", "url(http", "url(//"] {
                XCTAssertFalse(page.lowercased().contains(forbidden), "\(language) contains \(forbidden)")
            }
            // The only https text is the escaped hostile row, shown as text.
            XCTAssertEqual(page.components(separatedBy: "https://").count - 1, 1, "\(language)")
            XCTAssertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        }
    }

    func testChineseReportStatesWhatTheElectronicDataRulesAskFor() {
        let page = html(.zh)
        for phrase in ["lang=\"zh-CN\"", "电子数据检验报告", "完整性校验值", "提取和检查过程", "检验工具", "检查人员", "测试检查员甲", "测试检查员乙",
                       "见证人", "封存编号", "检材编号", "JC01", "2026-06-01 11:00:00", "北京时间（UTC+8）", "极强支持", "局限性",
                       String(repeating: "ab", count: 32), String(repeating: "cd", count: 16), String(repeating: "ef", count: 32),
                       "1,234,567", "20,000", "样例网点二（branch-2）", "不作法律结论", "JC01<br><span class=\"nowrap\">第 17 条</span>", "极强支持（支持替代命题）", "引号未闭合：2"] {
            XCTAssertTrue(page.contains(phrase), "missing \(phrase)")
        }
    }

    func testEnglishReportReadsInEnglish() {
        let page = html(.en)
        for phrase in ["lang=\"en\"", "Electronic Data Examination Report", "Evidence and integrity values", "Extraction and examination process",
                       "2026-06-01 01:00:00 UTC", "extremely strong", "Witness", "Proposition 1 (Hp)", "样例网点二 (branch-2)"] {
            XCTAssertTrue(page.contains(phrase), "missing \(phrase)")
        }
        XCTAssertFalse(page.contains("北京时间"))
        XCTAssertFalse(page.contains("检材原文"))
    }

    func testPrintsToA4() {
        let page = html(.zh)
        XCTAssertTrue(page.contains("@media print"))
        XCTAssertTrue(page.contains("size: A4"))
    }

    func testEveryHitShowsSeizedRowBesidePlantedRecordWithWeight() {
        let page = html(.en)
        for hit in SyntheticFindings.make().hits {
            XCTAssertTrue(page.contains(hit.canary), hit.canary)
            XCTAssertTrue(page.contains("record \(hit.record)"), "\(hit.record)")
            XCTAssertTrue(page.contains(hit.planted.phone), hit.planted.phone)
        }
        XCTAssertEqual(page.components(separatedBy: "<div class=\"seen\">").count - 1, 3)
        XCTAssertEqual(page.components(separatedBy: "<div class=\"planted\">").count - 1, 3)
        XCTAssertTrue(page.contains("<td class=\"num\">27.4</td>"))
        XCTAssertTrue(page.contains("class=\"agree-disagree\""))
    }

    func testEvaluativeSectionGivesLikelihoodRatiosAndNoPosterior() throws {
        let page = html(.en)
        let start = try XCTUnwrap(page.range(of: "<h2>6. Evaluative opinion</h2>"))
        let end = try XCTUnwrap(page.range(of: "<h2>7. Attribution (investigative)</h2>"))
        let section = String(page[start.upperBound..<end.lowerBound])
        XCTAssertTrue(section.contains("1.58 × 10<sup>14</sup>"), section)
        XCTAssertFalse(section.lowercased().contains("posterior"))
        XCTAssertFalse(section.contains("0.999999"))
        // Posteriors appear in the investigative section, with their prior.
        let rest = String(page[end.upperBound...])
        XCTAssertTrue(rest.contains("&gt; 0.999999"))
        XCTAssertTrue(rest.contains("uniform over the 6 entities"))
    }

    func testChartsAreInlineSVGWithABarPerEntity() {
        let page = html(.en)
        XCTAssertEqual(page.components(separatedBy: "<svg ").count - 1, 2)
        let chart = HitsBarChart(document: ReportDocument(findings: SyntheticFindings.make(), language: .en, signingKeyFingerprint: "")).svg()
        XCTAssertEqual(chart.components(separatedBy: "<rect ").count - 1, 6)
        XCTAssertTrue(chart.contains(">3 / 25</text>"))
        XCTAssertTrue(chart.contains(">0 / 0</text>"), "entities outside the ranking still get an empty bar")
    }

    func testTimelineShowsPlantsHitsIntakeAndTheOpenWindow() {
        let svg = LeakTimelineChart(document: ReportDocument(findings: SyntheticFindings.make(), language: .en, signingKeyFingerprint: "")).svg()
        XCTAssertEqual(svg.components(separatedBy: "<circle ").count - 1, 3, "one mark per plant time")
        XCTAssertEqual(svg.components(separatedBy: "<path ").count - 1, 2, "one mark per distinct hit plant time")
        XCTAssertTrue(svg.contains("fill=\"url(#open-bound)\""), "no upper bound: hatched to the intake")
        var closed = SyntheticFindings.make()
        closed.attribution.window.before = SyntheticFindings.date("2026-05-01T00:00:00Z")
        let closedSVG = LeakTimelineChart(document: ReportDocument(findings: closed, language: .en, signingKeyFingerprint: "")).svg()
        XCTAssertFalse(closedSVG.contains("fill=\"url(#open-bound)\""))
    }

    func testWarnsWhenFewerThanTwoExaminers() {
        XCTAssertFalse(html(.zh).contains("不足两名"))
        let page = html(.zh, SyntheticFindings.make(examiners: ["测试检查员甲"]))
        XCTAssertTrue(page.contains("不足两名"))
        // Two signature lines for examiners are printed even so, plus the witness.
        XCTAssertEqual(page.components(separatedBy: "<div class=\"signature\">").count - 1, 3)
    }

    func testNoHitsSaysSo() {
        var findings = SyntheticFindings.make()
        findings.hits = []
        findings.attribution = Attribution(sources: [], ranking: [], window: LeakWindow(after: nil, before: nil), prior: "uniform", coverageModel: "maximised")
        let page = html(.en, findings)
        XCTAssertTrue(page.contains("No hits were found."))
        XCTAssertTrue(page.contains("No canary was found, so no proposition is evaluated."))
    }

    func testFilingNumbersAndWitnessAreShownWhereGivenAndBlankWhereNot() {
        var findings = SyntheticFindings.make()
        // Case and seal numbers, the witness row; each named examiner's signature and date; the witness's name, signature and date.
        XCTAssertEqual(html(.zh, findings).components(separatedBy: "<span class=\"fill\">").count - 1, 2 + 1 + 2 * 2 + 3)
        findings.filing = FilingDetails(caseNumber: "测试案号〔2026〕017", sealNumber: "FC-017-01", exhibitNumbers: ["JC-017-A"], witness: "测试见证人丙")
        let page = html(.zh, findings)
        for phrase in ["测试案号〔2026〕017", "FC-017-01", "JC-017-A<br><span class=\"nowrap\">第 17 条</span>", "见证人：测试见证人丙"] {
            XCTAssertTrue(page.contains(phrase), "missing \(phrase)")
        }
        XCTAssertFalse(page.contains("JC01"))
    }

    func testEachHitShowsItsFieldWeights() {
        let page = html(.en)
        XCTAssertTrue(page.contains("<span class=\"agree-exact\">exact</span> <span class=\"weight\">+29.8</span>"))
        XCTAssertTrue(page.contains("<span class=\"agree-disagree\">disagree</span> <span class=\"weight\">−4.3</span>"))
        XCTAssertEqual(page.components(separatedBy: "<span class=\"weight\">").count - 1, 6, "two hits with three weights each")
    }

    func testLimitationsListWhatTheLRAssumesAndTheAuditCheckpoint() throws {
        var findings = SyntheticFindings.make()
        findings.auditCheckpoint = AuditCheckpoint(treeSize: 42, rootHash: String(repeating: "7e", count: 32),
                                                   signedAt: SyntheticFindings.date("2026-06-02T08:00:00Z"), signature: String(repeating: "5", count: 128))
        let page = html(.en, findings)
        let start = try XCTUnwrap(page.range(of: "<h2>11. Limitations</h2>"))
        let end = try XCTUnwrap(page.range(of: "<h2>12. Tool, registry and signature</h2>"))
        let section = String(page[start.upperBound..<end.lowerBound])
        for phrase in ["unique to its visibility set", "collides with a real person", "flow on from one stage", "audit log", "42 entries"] {
            XCTAssertTrue(section.contains(phrase), "missing \(phrase)")
        }
        let integrity = String(page[end.upperBound...])
        XCTAssertTrue(integrity.contains(String(repeating: "7e", count: 32)))
        XCTAssertTrue(integrity.contains("42 entries, signed 2026-06-02 08:00:00 UTC"))
        XCTAssertTrue(html(.zh).contains("登记库尚无签名树头"))
    }

    func testBarLabelsFitLongChineseNames() {
        var findings = SyntheticFindings.make()
        findings.pipeline.entities[2].name = "某快递公司总部（电子面单系统）华东区域分拨中心"
        let chart = HitsBarChart(document: ReportDocument(findings: findings, language: .zh, signingKeyFingerprint: "")).svg()
        let label = "某快递公司总部（电子面单系统）华东区域分拨中心（courier-hq）"
        XCTAssertTrue(chart.contains(label))
        // The label is right-aligned at the axis: the axis must sit at least the label's width in.
        let axis = chart.range(of: "<line x1=\"").map { chart[$0.upperBound...].prefix { $0 != "\"" } }.flatMap { Double($0) } ?? 0
        XCTAssertGreaterThanOrEqual(axis, HitsBarChart.estimatedWidth(label, fontSize: 12))
    }
}
