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
        for phrase in ["测试案号-2026-017", "FC-2026-017", "JC-017-01<br><span class=\"nowrap\">第", "见证人：测试见证人", "审计日志签名树头"] {
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

    /// Both languages end to end: each report verifies, and one flipped byte in any of its six files
    /// makes `verify` fail and name that file.
    func testFlippingAByteOfAnyReportFileFailsVerifyAndNamesTheFile() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]
        let files = ["report.html", "report.json", "report.jsonld", "signing-key.pub", "manifest.json", "manifest.sig"]
        for lang in ["zh", "en"] {
            let dir = "signed-\(lang)"
            let report = try LeakTraceBinary.run(["report", "--case", "demo", "--out", dir, "--lang", lang, "--examiner", "检查员甲", "--examiner", "检查员乙"],
                                                 in: work.url, environment: env)
            XCTAssertEqual(report.status, 0, report.stderr)
            XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: work.file(dir).path)), Set(files))
            XCTAssertEqual(try LeakTraceBinary.run(["verify", dir], in: work.url).status, 0, lang)
            for file in files {
                let copy = "flipped-\(lang)-\(file)"
                try FileManager.default.copyItem(at: work.file(dir), to: work.file(copy))
                let url = work.file("\(copy)/\(file)")
                var bytes = [UInt8](try Data(contentsOf: url))
                bytes[bytes.count / 2] ^= 0x20
                try Data(bytes).write(to: url)
                let verify = try LeakTraceBinary.run(["verify", copy], in: work.url)
                XCTAssertEqual(verify.status, 1, "\(lang) \(file): \(verify.stdout)")
                XCTAssertTrue(verify.stderr.contains(file), "\(lang) \(file): \(verify.stderr)")
            }
        }
    }

    /// The Chinese report reads as Chinese: no English sentence is left in its text (commands, hashes,
    /// ids and entity ids aside), and the court hears the conservative LR, not the model's 10^166.
    func testTheChineseReportHasNoEnglishSentencesAndGivesTheConservativeLR() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        var html = try String(contentsOf: work.file("demo/report-zh/report.html"), encoding: .utf8)
        for block in ["<style>", "<svg"] {
            while let start = html.range(of: block), let end = html.range(of: block == "<style>" ? "</style>" : "</svg>", range: start.upperBound..<html.endIndex) {
                html.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        let text = html.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        // Fingerprints print as groups of hex digits (`a3ec d2ff feba eabd`), which can spell letters by chance.
        let isHex = { (line: Substring) in line.allSatisfy { $0.isHexDigit || $0 == " " } }
        for line in text.split(separator: "\n") where !line.contains("leaktrace ") && !line.contains("openssl ") && !isHex(line) {
            // Three English words in a row is a sentence fragment that escaped translation.
            XCTAssertNil(line.range(of: "[A-Za-z]{3,} [A-Za-z]{2,} [A-Za-z]{2,}", options: .regularExpression), String(line))
        }
        XCTAssertTrue(text.contains("似然比（保守值）"))
        XCTAssertTrue(text.contains("模型似然比（全部假设成立时）"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: work.file("demo/report-zh/report.json"))) as? [String: Any])
        let proposition = try XCTUnwrap((json["propositions"] as? [[String: Any]])?.first)
        let court = try XCTUnwrap(proposition["log10_lr"] as? Double)
        let model = try XCTUnwrap(proposition["model_log10_lr"] as? Double)
        XCTAssertLessThanOrEqual(court, 5, "never above the assumption-failure bound")
        XCTAssertGreaterThan(model, court)
    }
}
