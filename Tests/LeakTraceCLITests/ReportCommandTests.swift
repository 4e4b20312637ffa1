import Foundation
import XCTest

/// `leaktrace report` with the filing details, then `verify`, with the real binary.
final class ReportCommandTests: XCTestCase {
    func testFilingDetailsAppearInTheSignedReport() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]

        let report = try LeakTraceBinary.run([
            "report", "--case", "demo", "--out", "filed", "--lang", "zh", "--examiner", "检查员甲", "--examiner", "检查员乙",
            "--case-number", "测试案号-2026-017", "--seal", "FC-2026-017", "--exhibit", "JC-017-01", "--witness", "测试见证人",
        ], in: work.url, environment: env)
        XCTAssertEqual(report.status, 0, report.stderr)
        let html = try String(contentsOf: work.file("filed/report.html"), encoding: .utf8)
        for phrase in ["测试案号-2026-017", "FC-2026-017", "JC-017-01 · 第", "见证人：测试见证人", "审计日志签名树头"] {
            XCTAssertTrue(html.contains(phrase), "missing \(phrase)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.file("filed/report.json"))) as? [String: Any]
        let reportCase = try XCTUnwrap(json?["case"] as? [String: Any])
        XCTAssertEqual(reportCase["number"] as? String, "测试案号-2026-017")
        XCTAssertEqual(reportCase["seal_number"] as? String, "FC-2026-017")
        XCTAssertNotNil((json?["hits"] as? [[String: Any]])?.first?["weights"])

        let verify = try LeakTraceBinary.run(["verify", "filed", "--registry", work.file("demo/leaktrace.db").path], in: work.url)
        XCTAssertEqual(verify.status, 0, verify.stderr)
        let audit = try LeakTraceBinary.run(["audit", "verify"], in: work.url, environment: env)
        XCTAssertEqual(audit.status, 0, audit.stderr)
    }
}
