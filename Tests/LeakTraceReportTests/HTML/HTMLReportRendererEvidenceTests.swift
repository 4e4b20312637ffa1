import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

/// The evidence table's damaged rows with their line numbers, and the counts' per-field table.
final class HTMLReportRendererEvidenceTests: XCTestCase {
    private func html(_ language: ReportLanguage, _ findings: CaseFindings) -> String {
        HTMLReportRenderer(document: ReportDocument(findings: findings, language: language, signingKeyFingerprint: String(repeating: "9", count: 64))).render()
    }

    private func findings() -> CaseFindings {
        var findings = SyntheticFindings.make()
        findings.evidence[0].skipped = ["broken-quoting": 3, "too-long": 9]
        findings.evidence[0].skippedLines = ["broken-quoting": [7, 19, 44], "too-long": [2, 3, 5, 8, 13]]
        findings.counts.fieldCounts = RecordFieldCounts(name: 17_001, phone: 18_500, address: 16_002, idNumber: 1_203, order: 4_004)
        return findings
    }

    func testSkippedRowsShowTheirLineNumbers() {
        let zh = html(.zh, findings()), en = html(.en, findings())
        XCTAssertTrue(zh.contains("引号未闭合：3 行（第 7、19、44 行）"), "zh")
        XCTAssertTrue(zh.contains("记录过长：9 行（第 2、3、5、8、13 行等）"), "zh: more rows than lines kept")
        XCTAssertTrue(en.contains("broken quoting: 3 (lines 7, 19, 44)"), "en")
        XCTAssertTrue(en.contains("record too long: 9 (lines 2, 3, 5, 8, 13, …)"), "en")
    }

    func testOlderEvidenceWithoutLinesShowsTheCountOnly() {
        var findings = SyntheticFindings.make()
        findings.evidence[0].skippedLines = nil
        XCTAssertTrue(html(.zh, findings).contains("引号未闭合：2 行"))
        XCTAssertTrue(html(.en, findings).contains("broken quoting: 2<"))
    }

    func testCountsShowRecordsCarryingEachField() {
        let zh = html(.zh, findings()), en = html(.en, findings())
        XCTAssertTrue(zh.contains("载有各字段的有效记录数"))
        XCTAssertTrue(en.contains("Valid records carrying each field"))
        for (page, label) in [(zh, "身份证号"), (en, "ID number")] {
            XCTAssertTrue(page.contains(label), label)
            XCTAssertTrue(page.contains("1,203"), label)
            XCTAssertTrue(page.contains("4,004"), label)
        }
        XCTAssertFalse(html(.en, SyntheticFindings.make()).contains("Valid records carrying each field"), "absent from older counts")
    }
}
