import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

final class ReportDocumentTests: XCTestCase {
    func testReportJSONCarriesTheMatchContractAndTheReportKeys() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let findings = SyntheticFindings.make()
        try ReportWriter(signingKey: TestKeys.signing).write(findings, language: .en, to: temp.url)
        let data = try Data(contentsOf: temp.child("report.json"))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["evidence", "hits", "attribution", "case", "counts", "plants", "pipeline", "examiners", "method",
                    "propositions", "limitations", "tool", "registry_fingerprint", "generated_at", "language"] {
            XCTAssertNotNil(root[key], key)
        }
        // The three contract blocks are Core's own encodings, byte for byte in meaning.
        let encoder = JSONCoding.encoder()
        for (key, value) in [("evidence", try encoder.encode(findings.evidence)), ("hits", try encoder.encode(findings.hits)),
                             ("attribution", try encoder.encode(findings.attribution))] {
            let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: value) as? NSObject)
            XCTAssertEqual(expected, root[key] as? NSObject, key)
        }
        let hit = try XCTUnwrap((root["hits"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(hit.keys), ["file", "record", "canary", "entity", "score", "fields", "planted", "seen", "weights"])
        XCTAssertEqual(hit["weights"] as? [String: Double], ["phone": 29.8, "name": 6.0, "address": -8.4])
        let third = try XCTUnwrap((root["hits"] as? [[String: Any]])?.last)
        XCTAssertNil(third["weights"], "a hit without weights keeps the contract's eight keys")
        let attribution = try XCTUnwrap(root["attribution"] as? [String: Any])
        let window = try XCTUnwrap(attribution["window"] as? [String: Any])
        XCTAssertEqual(window["after"] as? String, "2026-04-10T02:00:00Z")
        XCTAssertTrue(window["before"] is NSNull)
        let ranking = try XCTUnwrap((attribution["ranking"] as? [[String: Any]])?.first)
        XCTAssertEqual(ranking["log10_lr"] as? Double, 14.2)
        XCTAssertEqual(root["generated_at"] as? String, "2026-06-02T08:30:00Z")
        XCTAssertEqual(root["language"] as? String, "en")

        let back = try JSONCoding.decoder().decode(ReportDocument.self, from: data)
        XCTAssertEqual(back.hits, findings.hits)
        XCTAssertEqual(back.attribution, findings.attribution)
        XCTAssertEqual(back.case.exhibits.map(\.number), ["JC01"])
    }

    func testSingleSourceGivesOnePropositionPairWithItsLR() {
        let document = ReportDocument(findings: SyntheticFindings.make(), language: .en, signingKeyFingerprint: "")
        XCTAssertEqual(document.propositions.count, 1)
        let p = document.propositions[0]
        XCTAssertEqual(p.entity, "branch-2")
        XCTAssertEqual(p.support, .extremelyStrong)
        XCTAssertEqual(p.favours, "prosecution")
        XCTAssertEqual(p.likelihoodRatio, "1.58e14")
        XCTAssertTrue(p.statement.contains("about 1.58 × 10¹⁴ times more probable"), p.statement)
        XCTAssertTrue(p.prosecution.contains("branch-2"))
        XCTAssertTrue(p.defence.contains("another entity"))
        XCTAssertFalse(p.statement.contains("probability that"), "never the probability a proposition is true")
    }

    /// The demo's shape: a model LR of 10^166 must reach the court only as its conservative reading.
    private func conservativeFindings() -> CaseFindings {
        var findings = SyntheticFindings.make()
        findings.attribution.ranking[0].log10LR = 166.29
        findings.attribution.ranking[0].conservativeLog10LR = 4.99
        findings.attribution.conservative = .standard
        return findings
    }

    func testTheCourtHearsTheConservativeLRAndSeesTheModelsBesideIt() throws {
        let document = ReportDocument(findings: conservativeFindings(), language: .en, signingKeyFingerprint: "")
        let p = try XCTUnwrap(document.propositions.first)
        XCTAssertEqual(p.log10LR, 4.99)
        XCTAssertEqual(p.modelLog10LR, 166.29)
        XCTAssertEqual(p.support, .veryStrong, "read on the conservative LR, not on 10^166")
        XCTAssertEqual(p.likelihoodRatio, "97,724")
        XCTAssertTrue(p.statement.contains("very strong support"), p.statement)
        XCTAssertFalse(p.statement.contains("10¹⁶⁶"), p.statement)
        // The method says why, and the limitations state the three weakenings with their parameters.
        XCTAssertTrue(document.method[3].contains("conservative LR"), document.method[3])
        let stated = try XCTUnwrap(document.assumptions.last)
        XCTAssertTrue(stated.contains("each plant batch counts as one observation"), stated)
        XCTAssertTrue(stated.contains("multiplied by 10"), stated)
        XCTAssertTrue(stated.contains("with probability 1.00 × 10⁻⁵"), stated)
        XCTAssertTrue(stated.contains("cannot exceed 100,000"), stated)

        let zh = ReportDocument(findings: conservativeFindings(), language: .zh, signingKeyFingerprint: "")
        XCTAssertTrue(zh.propositions[0].statement.contains("很强支持"), zh.propositions[0].statement)
        XCTAssertTrue(zh.method[3].contains("保守似然比"), zh.method[3])
        XCTAssertTrue(try XCTUnwrap(zh.assumptions.last).contains("每个植入批次只计为一次观察"))

        let html = HTMLReportRenderer(document: document).render()
        XCTAssertTrue(html.contains("Likelihood ratio (conservative)"))
        XCTAssertTrue(html.contains("Model LR (if every assumption held)"))
        XCTAssertTrue(html.contains("log<sub>10</sub> LR = 166.29"))
        XCTAssertTrue(html.contains("Conservative log10 LR"))
        let jsonld = String(decoding: try CaseJSONLDWriter(findings: conservativeFindings()).data(), as: UTF8.self)
        XCTAssertTrue(jsonld.contains("conservative likelihood ratio 97,724"), jsonld)
    }

    func testFindingsWithoutAConservativeFigureKeepTheModelsLR() {
        let p = ReportDocument(findings: SyntheticFindings.make(), language: .en, signingKeyFingerprint: "").propositions[0]
        XCTAssertEqual(p.log10LR, 14.2)
        XCTAssertNil(p.modelLog10LR)
    }

    func testMergedListGivesAPropositionPerSource() {
        var findings = SyntheticFindings.make()
        findings.attribution.sources = ["branch-2", "branch-1"]
        findings.attribution.sourceSet = [SourceMember(entity: "branch-2", log10LR: 9, explains: ["c000003"]),
                                          SourceMember(entity: "branch-1", log10LR: -0.5, explains: ["c000021"])]
        let document = ReportDocument(findings: findings, language: .zh, signingKeyFingerprint: "")
        XCTAssertEqual(document.propositions.map(\.entity), ["branch-2", "branch-1"])
        XCTAssertTrue(document.propositions[0].defence.contains("样例网点一"))
        XCTAssertEqual(document.propositions[1].favours, "defence")
        XCTAssertTrue(document.propositions[1].statement.contains("对第二命题提供弱支持"), document.propositions[1].statement)
    }

    func testLimitationsNameTheIndistinguishableAndTheAbsent() {
        let document = ReportDocument(findings: SyntheticFindings.make(), language: .zh, signingKeyFingerprint: "")
        XCTAssertTrue(document.limitations.contains { $0.contains("测试电商平台（platform）、样例商家A（merchant-a）") && $0.contains("补救：在测试电商平台（platform）直接植入金丝雀记录。") },
                      "\(document.limitations)")
        XCTAssertFalse(document.limitations.joined().contains("direct plant"), "no English in the Chinese limitations")
        XCTAssertTrue(document.limitations.contains { $0.contains("样例网点一（branch-1）的 20 条金丝雀记录均未出现") })
        XCTAssertTrue(document.limitations.contains { $0.contains("上限只能取检材的接收时间") })
        XCTAssertEqual(document.assumptions.count, 4)
        // What the LR assumes, as issue 5 lists it, with the audit log as the answer to registry integrity.
        let assumptions = document.assumptions.joined()
        for phrase in ["可见环节集合", "偶然重合", "继续流向后续环节", "审计日志", "Merkle", "包含性证明"] {
            XCTAssertTrue(assumptions.contains(phrase), "missing \(phrase)")
        }
        XCTAssertTrue(document.method.joined().contains("20,000"))
    }
}
