import Foundation
import XCTest

/// Bad input gets one clear line on stderr naming the file (and line), and a non-zero exit.
final class ErrorMessageTests: XCTestCase {
    private func assertOneLineFailure(_ arguments: [String], in work: WorkFolder, mentions expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try LeakTraceBinary.run(arguments, in: work.url, environment: ["LEAKTRACE_REGISTRY": work.file("r.db").path])
        XCTAssertNotEqual(result.status, 0, "\(arguments) should fail", file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one line expected, got:\n\(result.stderr)", file: file, line: line)
        for word in expected {
            XCTAssertTrue(result.stderr.contains(word), "'\(result.stderr)' should mention \(word)", file: file, line: line)
        }
    }

    func testBadInputMessages() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        try "name: p\nentities:\n  - id: a\n    kind: shop\n    name: x\n".write(to: work.file("bad.yaml"), atomically: true, encoding: .utf8)
        try assertOneLineFailure(["init", "--playbook", "bad.yaml"], in: work, mentions: ["bad.yaml:3", "shop"])
        try assertOneLineFailure(["init", "--playbook", "missing.yaml"], in: work, mentions: ["missing.yaml"])
        try assertOneLineFailure(["match", "seized.csv", "--json", "o.json"], in: work, mentions: ["no registry", "r.db"])

        let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path
        let initialised = try LeakTraceBinary.run(["init", "--playbook", playbook], in: work.url, environment: ["LEAKTRACE_REGISTRY": work.file("r.db").path])
        XCTAssertEqual(initialised.status, 0, initialised.stderr)
        try assertOneLineFailure(["init", "--playbook", playbook], in: work, mentions: ["already exists"])
        try assertOneLineFailure(["plant", "--entity", "branch-1", "--count", "5", "--out", "x.csv"], in: work, mentions: ["--phone-pool", "--synthetic-phones"])
        try assertOneLineFailure(["plant", "--entity", "branch-9", "--count", "5", "--synthetic-phones", "--out", "x.csv"], in: work, mentions: ["branch-9"])
        try assertOneLineFailure(["plant", "--entity", "branch-1", "--path", "a,b", "--count", "5", "--synthetic-phones", "--out", "x.csv"], in: work, mentions: ["--entity", "--path"])
        try assertOneLineFailure(["plant", "--entity", "branch-1", "--count", "5", "--synthetic-phones", "--at", "yesterday", "--out", "x.csv"], in: work, mentions: ["yesterday", "ISO 8601"])
        try assertOneLineFailure(["match", "nothing-here.csv", "--json", "o.json"], in: work, mentions: ["nothing-here.csv"])
        try assertOneLineFailure(["report", "--case", "nope", "--out", "rep"], in: work, mentions: ["no case 'nope'"])
        try assertOneLineFailure(["verify", "not-a-report"], in: work, mentions: ["not-a-report"])

        let audit = try LeakTraceBinary.run(["audit", "verify"], in: work.url, environment: ["LEAKTRACE_REGISTRY": work.file("r.db").path])
        XCTAssertEqual(audit.status, 0, audit.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.file("x.csv").path), "failed plants write no export")
    }

    func testHelpIsThereForEveryCommand() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        for command in ["init", "plant", "match", "report", "verify", "demo", "audit"] {
            let result = try LeakTraceBinary.run([command, "--help"], in: work.url)
            XCTAssertEqual(result.status, 0, command)
            XCTAssertTrue(result.stdout.contains("USAGE"), command)
        }
    }
}
