import Foundation
import XCTest

/// `leaktrace keys issue` and `--key`: the three roles through the real binary.
final class KeysCommandTests: XCTestCase {
    func testExaminerAndAuditorKeysDoTheirWorkAndNoMore() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        try succeed(["demo", "--dir", "demo", "--records", "3000"], work, [:])
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]
        let issued = try succeed(["keys", "issue", "--role", "examiner", "--out", "examiner.key"], work, env)
        XCTAssertTrue(issued.stdout.contains("wrote examiner key examiner.key"), issued.stdout)
        try succeed(["keys", "issue", "--role", "auditor", "--out", "auditor.key"], work, env)
        let planterRole = try LeakTraceBinary.run(["keys", "issue", "--role", "planter", "--out", "p.key"], in: work.url, environment: env)
        XCTAssertEqual(planterRole.status, 64)

        // The examiner's match finds what the planter's did (the demo's own case).
        try succeed(["match", "demo/seized", "--case", "E", "--json", "e.json", "--key", "examiner.key"], work, env)
        func hits(_ path: String) throws -> [String] {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.file(path))) as? [String: Any]
            return try XCTUnwrap(json?["hits"] as? [[String: Any]]).map { "\($0["record"]!):\($0["canary"]!)" }
        }
        XCTAssertEqual(try hits("e.json"), try hits("demo/match.json"))
        XCTAssertFalse(try hits("e.json").isEmpty)
        try succeed(["report", "--case", "E", "--out", "report-e", "--lang", "en", "--examiner", "A", "--examiner", "B", "--key", "examiner.key"], work, env)

        // Planting, listing and explaining need the planter's key: one line, non-zero, says so.
        for arguments in [
            ["plant", "--entity", "branch-1", "--count", "1", "--synthetic-phones", "--out", "x.csv"],
            ["explain", "张三", "13800000000", "北京市朝阳区"],
        ] {
            let refused = try LeakTraceBinary.run(arguments + ["--key", "examiner.key"], in: work.url, environment: env)
            XCTAssertNotEqual(refused.status, 0, arguments.joined(separator: " "))
            XCTAssertEqual(refused.stderr.split(separator: "\n").count, 1, refused.stderr)
            XCTAssertTrue(refused.stderr.contains("planter"), refused.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.file("x.csv").path))

        // The auditor verifies the log and the examiner's report, and cannot match.
        let audit = try succeed(["audit", "verify", "--key", "auditor.key"], work, env)
        XCTAssertTrue(audit.stdout.contains("audit log intact"), audit.stdout)
        try succeed(["verify", "report-e", "--registry", work.file("demo/leaktrace.db").path], work, ["LEAKTRACE_KEY": work.file("auditor.key").path])
        let match = try LeakTraceBinary.run(["match", "demo/seized", "--case", "Q", "--key", "auditor.key"], in: work.url, environment: env)
        XCTAssertNotEqual(match.status, 0)
        XCTAssertEqual(match.stderr.split(separator: "\n").count, 1, match.stderr)

        // Neither role key is in any output; the issues are in the audit log.
        let log = try succeed(["audit", "show"], work, env).stdout
        XCTAssertEqual(log.components(separatedBy: "key-issue").count - 1, 2, log)
        let examinerKey = try String(contentsOf: work.file("examiner.key"), encoding: .utf8).split(separator: " ")[3]
        for file in ["e.json", "report-e/report.html", "report-e/findings.json"] where FileManager.default.fileExists(atPath: work.file(file).path) {
            XCTAssertFalse(try String(contentsOf: work.file(file), encoding: .utf8).contains(examinerKey.prefix(32)), file)
        }
    }
}
