import Foundation
import XCTest

/// `leaktrace demo` on 20,000 rows with the real binary: attribution, window and verification.
final class DemoCommandTests: XCTestCase {
    func testDemoNamesTheLeakingBranchAndItsReportsVerify() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let result = try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "20000"], in: work.url)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("branch-2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("verified"), result.stdout)

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.file("demo/match.json"))) as? [String: Any]
        let attribution = try XCTUnwrap(json?["attribution"] as? [String: Any])
        XCTAssertEqual(attribution["sources"] as? [String], ["branch-2"])
        let hits = try XCTUnwrap(json?["hits"] as? [[String: Any]])
        XCTAssertGreaterThan(hits.count, 20)
        let latestPlant = hits.compactMap { ($0["planted"] as? [String: Any])?["at"] as? String }.max()
        let window = try XCTUnwrap(attribution["window"] as? [String: Any])
        XCTAssertEqual(window["after"] as? String, latestPlant)
        XCTAssertTrue(window.keys.contains("before"))
        let evidence = try XCTUnwrap(json?["evidence"] as? [[String: Any]])
        XCTAssertEqual(evidence.first?["records"] as? Int, 20000)
        XCTAssertEqual((evidence.first?["sha256"] as? String)?.count, 64)

        for language in ["zh", "en"] {
            let verify = try LeakTraceBinary.run(["verify", "demo/report-\(language)"], in: work.url)
            XCTAssertEqual(verify.status, 0, verify.stderr)
        }
        // One byte changed in the HTML report: verify must fail and name the file.
        let html = work.file("demo/report-zh/report.html")
        var bytes = try Data(contentsOf: html)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: html)
        let tampered = try LeakTraceBinary.run(["verify", "demo/report-zh"], in: work.url)
        XCTAssertNotEqual(tampered.status, 0)
        XCTAssertTrue(tampered.stderr.contains("report.html"), tampered.stderr)
    }
}
