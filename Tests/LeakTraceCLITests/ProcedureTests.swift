import Foundation
import LeakTraceCore
import LeakTraceGeneration
import XCTest

/// Runs the commands of Playbooks/procedures exactly as written, in order, as the three users would.
final class ProcedureTests: XCTestCase {
    /// A procedure's ```sh blocks joined into one script, as a user pasting them into one shell would run them.
    static func script(of procedure: String) throws -> String {
        let blocks = try commands(of: procedure)
        XCTAssertFalse(blocks.isEmpty, "\(procedure) has no commands")
        return blocks.joined(separator: "\n")
    }

    /// The ```sh blocks of a procedure, in order.
    static func commands(of procedure: String) throws -> [String] {
        let text = try String(contentsOf: LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/procedures/\(procedure)"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```sh" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    func testProceduresRunAsWritten() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        try FileManager.default.copyItem(at: LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml"), to: work.file("express-pipeline.yaml"))
        // The team's controlled numbers: generated here at run time, never stored in the repository.
        var rng = DeterministicRandom(seed: 42)
        let phones = PhoneGenerator()
        try (0..<5).map { _ in phones.generate(using: &rng) }.joined(separator: "\n").write(to: work.file("pool.txt"), atomically: true, encoding: .utf8)

        XCTAssertGreaterThanOrEqual(try Self.commands(of: "1-security-team-plant-campaign.md").count, 3)
        try run("1-security-team-plant-campaign.md", in: work)

        // Seized: a broker's list mixing branch-2's export and test orders with unrelated synthetic rows.
        try FileManager.default.createDirectory(at: work.file("seized"), withIntermediateDirectories: true)
        var rows = ["姓名,联系方式,地址"]
        for export in ["exports/branch-2.csv", "exports/orders-shenzhen-branch-2.csv"] {
            let lines = try String(contentsOf: work.file(export), encoding: .utf8).split(separator: "\r\n").dropFirst()
            for (index, line) in lines.enumerated() where index % 2 == 0 {
                rows.append(line.split(separator: ",").prefix(3).joined(separator: ","))
            }
        }
        let names = NameGenerator(), addresses = AddressGenerator()
        for _ in 0..<2_000 {
            rows.append("\(names.generate(using: &rng)),\(phones.generate(using: &rng)),\(addresses.generate(using: &rng).text)")
        }
        try rows.joined(separator: "\n").write(to: work.file("seized/broker-list.csv"), atomically: true, encoding: .utf8)

        try run("2-investigator-match-seized-list.md", in: work)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.file("2026-017.json"))) as? [String: Any]
        XCTAssertEqual((json?["attribution"] as? [String: Any])?["sources"] as? [String], ["branch-2"])

        try run("3-analyst-report-and-verify.md", in: work)
        for folder in ["report-2026-017-zh", "report-2026-017-en"] {
            for file in ["report.html", "report.json", "report.jsonld", "manifest.json", "manifest.sig"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: work.file("\(folder)/\(file)").path), "\(folder)/\(file)")
            }
        }
    }

    private func run(_ procedure: String, in work: WorkFolder) throws {
        let script = try Self.script(of: procedure)
        let result = try LeakTraceBinary.bash(script, in: work.url)
        XCTAssertEqual(result.status, 0, "\(procedure) failed:\n\(result.stderr)")
        // Later procedures work on what this one produced: stop here rather than pile up failures.
        struct ProcedureFailed: Error {}
        if result.status != 0 { throw ProcedureFailed() }
    }
}
