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

    /// Secret hygiene: neither the key file's secret nor a passphrase shows up in anything LeakTrace
    /// writes or prints (stdout, stderr, exports, match JSON, reports, backups, the registry itself),
    /// and there is no way to pass a passphrase as an argument (arguments are visible in `ps`).
    func testNoSecretOrPassphraseInOutputsErrorsExportsReportsOrTheRegistry() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path
        let passphrase = "synthetic hygiene passphrase 7"
        var printed = ""
        func run(_ arguments: [String], _ env: [String: String], expectSuccess: Bool = true) throws {
            let result = try LeakTraceBinary.run(arguments, in: work.url, environment: env)
            if expectSuccess { XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)") }
            printed += result.stdout + result.stderr
        }
        for (name, env) in [("k", ["LEAKTRACE_REGISTRY": work.file("k.db").path]),
                            ("p", ["LEAKTRACE_REGISTRY": work.file("p.db").path, "LEAKTRACE_PASSPHRASE": passphrase])] {
            try run(["init", "--playbook", playbook], env)
            try run(["plant", "--entity", "branch-1", "--count", "30", "--synthetic-phones", "--out", "\(name)-export.csv"], env)
            try FileManager.default.copyItem(at: work.file("\(name)-export.csv"), to: work.file("\(name)-seized.csv"))
            try run(["match", "\(name)-seized.csv", "--case", "c", "--json", "\(name)-match.json"], env)
            try run(["report", "--case", "c", "--out", "\(name)-report"], env)
            try run(["backup", "--out", "\(name).backup"], env)
            try run(["audit", "verify"], env)
            try run(["plants", "--check"], env)
        }
        // Failures must not echo what they were given.
        try run(["plants"], ["LEAKTRACE_REGISTRY": work.file("p.db").path, "LEAKTRACE_PASSPHRASE": "a wrong passphrase here"], expectSuccess: false)
        XCTAssertTrue(printed.contains("does not belong"), printed)
        try run(["plants"], ["LEAKTRACE_REGISTRY": work.file("p.db").path], expectSuccess: false)
        XCTAssertTrue(printed.contains("needs the passphrase"), printed)
        let asArgument = try LeakTraceBinary.run(["init", "--playbook", playbook, "--passphrase", passphrase], in: work.url,
                                                 environment: ["LEAKTRACE_REGISTRY": work.file("x.db").path])
        XCTAssertNotEqual(asArgument.status, 0, "a passphrase is never an argument value")

        let keyText = try String(contentsOf: work.file("k.db.key"), encoding: .utf8)
        let secretHex = try XCTUnwrap(keyText.split(separator: " ").last).trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(secretHex.count, 64)
        XCTAssertFalse(try String(contentsOf: work.file("p.db.key"), encoding: .utf8).contains(passphrase))

        var written = Data(printed.utf8)
        let walker = FileManager.default.enumerator(at: work.url, includingPropertiesForKeys: [.isRegularFileKey])
        var files = 0
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true, !url.lastPathComponent.hasSuffix(".key") else { continue }
            written += try Data(contentsOf: url)
            files += 1
        }
        XCTAssertGreaterThan(files, 12, "exports, match JSON, reports, backups and registries were all searched")
        for needle in [secretHex, secretHex.uppercased(), passphrase, "a wrong passphrase here"] {
            XCTAssertNil(written.range(of: Data(needle.utf8)), "\(needle) leaked into an output")
        }
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
