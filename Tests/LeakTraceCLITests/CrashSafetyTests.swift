import Foundation
import LeakTraceCore
import XCTest

/// kill -9 at any moment of a real `leaktrace plant` or `match` process leaves the registry
/// consistent: integrity_check ok, no canary without its plant, no export without its canaries,
/// an interrupted plant listed and rolled back, and a killed case re-run to the same result.
///
/// Sizes are small by default so the suite stays quick; the long run of the closing note is
/// `LEAKTRACE_KILL_COUNT=200000 LEAKTRACE_KILL_REPS=20 LEAKTRACE_KILL_PHASED=4 swift test --filter CrashSafetyTests`
/// (LEAKTRACE_BINARY may name a release build).
final class CrashSafetyTests: XCTestCase {
    private static let environment = ProcessInfo.processInfo.environment
    private let plantSize = Int(environment["LEAKTRACE_KILL_COUNT"] ?? "") ?? 1_000
    private let plantKills = Int(environment["LEAKTRACE_KILL_REPS"] ?? "") ?? 20
    private let matchKills = Int(environment["LEAKTRACE_MATCH_KILL_REPS"] ?? "") ?? 6
    /// How many of the plant kills wait for the export to appear instead of a random delay.
    private var phasedKills: Int { Int(Self.environment["LEAKTRACE_KILL_PHASED"] ?? "") ?? plantKills / 2 }
    private let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path

    /// Where a kill landed, judged from what the registry and the folder show afterwards.
    private enum Phase: String, CaseIterable {
        case beforeCommit = "before the canaries were committed"
        case recordedNoExport = "after the commit, before the export took its name"
        case exportUnconfirmed = "after the export, before it was confirmed"
        case finished = "after the plant finished"
    }

    func testKillNineAtAnyMomentOfAPlantLeavesTheRegistryConsistent() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try finishSucceeding(["init", "--playbook", playbook], work, env)
        try finishSucceeding(plant(count: 40, out: "base.csv"), work, env)
        let started = Date()
        try finishSucceeding(plant(count: plantSize, out: "whole.csv"), work, env)
        let whole = Date().timeIntervalSince(started)

        var random = DeterministicRandom(seed: 0x6b696c6c)
        var phases: [Phase: Int] = [:]
        var rolledBack = 0, phased = 0
        for repetition in 0..<plantKills {
            // Spread the phased kills evenly among the timed ones, alternating their trigger.
            let waitsForExport = repetition * phasedKills / plantKills != (repetition + 1) * phasedKills / plantKills
            let out = "killed-\(repetition).csv", partial = ".killed-\(repetition).csv.partial"
            let before = Set(try listPlants(work, env).map(\.id))
            let running = try LeakTraceProcess(plant(count: plantSize, out: out), in: work.url, environment: env)
            if !waitsForExport {
                usleep(UInt32(whole * 1.1 * random.unit() * 1_000_000))   // any moment, to just past the end
            } else if phased % 2 == 0 {
                _ = running.wait { exists(partial, in: work) }           // while the export is written
            } else {
                _ = running.wait { exists(out, in: work) }               // export in place, not yet confirmed
            }
            if waitsForExport { phased += 1 }
            running.killNine()
            _ = try running.finish()

            let plants = try listPlants(work, env, check: true)
            try assertExportsHaveTheirCanaries(plants, work: work)
            let new = plants.filter { !before.contains($0.id) }
            XCTAssertLessThanOrEqual(new.count, 1, "one killed plant adds at most one plant")
            let phase: Phase
            if let plant = new.first {
                XCTAssertEqual(plant.count, plantSize)
                XCTAssertEqual(plant.exportPath, work.file(out).path, "the intended export is recorded with the canaries")
                if plant.status == "exported" {
                    phase = .finished
                } else {
                    XCTAssertEqual(plant.status, "INTERRUPTED")
                    phase = exists(out, in: work) ? .exportUnconfirmed : .recordedNoExport
                }
            } else {
                XCTAssertFalse(exists(out, in: work), "an export with no plant row: exported but not recorded")
                phase = .beforeCommit
            }
            phases[phase, default: 0] += 1

            if plants.contains(where: { $0.status == "INTERRUPTED" }) {
                let undo = try finishSucceeding(["plants", "--rollback-interrupted", "--operator", "tester"], work, env)
                XCTAssertTrue(undo.stdout.contains("rolled back 1 interrupted plants (\(plantSize) canaries)"), undo.stdout)
                let remaining = try listPlants(work, env, check: true)
                XCTAssertFalse(remaining.contains { $0.status == "INTERRUPTED" })
                XCTAssertEqual(Set(remaining.map(\.id)), before)
                XCTAssertFalse(exists(out, in: work) || exists(partial, in: work), "the unconfirmed export goes with its canaries")
                rolledBack += 1
            }
            try assertSQLiteAgrees(work)
        }

        let audit = try finishSucceeding(["audit", "verify"], work, env)
        XCTAssertTrue(audit.stdout.contains("audit log intact"), audit.stdout)
        try finishSucceeding(plant(count: 20, out: "after.csv"), work, env)
        let summary = Phase.allCases.map { "\(phases[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
        print("kill -9 mid-plant: \(plantKills) kills of a \(plantSize)-canary plant (whole plant \(String(format: "%.1f", whole)) s): \(summary); \(rolledBack) rolled back")
        XCTAssertGreaterThan(phases[.beforeCommit, default: 0], 0, "some kills must land inside the transaction")
        XCTAssertGreaterThan(rolledBack, 0, "some kills must land between the commit and the confirmation")
    }

    func testKillNineMidMatchLeavesTheRegistryConsistentAndTheCaseReruns() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try finishSucceeding(["init", "--playbook", playbook], work, env)
        try finishSucceeding(plant(count: 300, out: "branch-1.csv"), work, env)
        try writeSeizedList(export: work.file("branch-1.csv"), noise: 15_000, to: work.file("seized.csv"))
        let match = ["match", "seized.csv", "--case", "seized", "--json", "m.json", "--examiner", "tester"]

        let started = Date()
        let expected = try finishSucceeding(match, work, env).stdout
        let whole = Date().timeIntervalSince(started)
        XCTAssertTrue(expected.contains("300 hits on 300 canaries"), expected)

        var random = DeterministicRandom(seed: 0x6d61746368)
        var unfinished = 0
        for _ in 0..<matchKills {
            let running = try LeakTraceProcess(match, in: work.url, environment: env)
            usleep(UInt32(whole * 1.1 * random.unit() * 1_000_000))
            running.killNine()
            _ = try running.finish()

            _ = try listPlants(work, env, check: true)
            try assertSQLiteAgrees(work)
            let report = try LeakTraceProcess(["report", "--case", "seized", "--out", "report-\(UUID().uuidString)"], in: work.url, environment: env).finish()
            if report.status != 0 {
                XCTAssertTrue(report.stderr.contains("did not finish"), "a killed match is reported as unfinished: \(report.stderr)")
                unfinished += 1
            }
            let rerun = try finishSucceeding(match, work, env)
            XCTAssertEqual(rerun.stdout, expected, "re-running the killed case gives the same result")
        }
        try finishSucceeding(["report", "--case", "seized", "--out", "final-report"], work, env)
        try finishSucceeding(["verify", "final-report", "--registry", work.file("r.db").path], work, env)
        let audit = try finishSucceeding(["audit", "verify"], work, env)
        XCTAssertTrue(audit.stdout.contains("audit log intact"), audit.stdout)
        print("kill -9 mid-match: \(matchKills) kills of a \(String(format: "%.1f", whole)) s match; \(unfinished) left the case unfinished, every re-run matched again")
    }

    // MARK: - Checks

    /// Every export file present belongs to a plant whose canaries are recorded; every exported
    /// plant's file still has the hash the registry holds.
    private func assertExportsHaveTheirCanaries(_ plants: [ListedPlant], work: WorkFolder, file: StaticString = #filePath, line: UInt = #line) throws {
        let byPath = Dictionary(plants.compactMap { plant in plant.exportPath.map { ($0, plant) } }, uniquingKeysWith: { first, _ in first })
        for name in try FileManager.default.contentsOfDirectory(atPath: work.url.path) where !name.hasPrefix("seized") {
            if name.hasSuffix(".csv") {
                XCTAssertNotNil(byPath[work.file(name).path], "\(name) is on disk but no plant records it", file: file, line: line)
            } else if name.hasSuffix(".csv.partial") {
                let final = String(name.dropFirst().dropLast(".partial".count))
                XCTAssertNotNil(byPath[work.file(final).path], "\(name) is being written for no recorded plant", file: file, line: line)
            }
        }
        for plant in plants where plant.status == "exported" {
            guard let path = plant.exportPath, let sha256 = plant.exportSHA256 else {
                XCTFail("exported plant \(plant.id) lacks its export path or hash", file: file, line: line)
                continue
            }
            let sum = try LeakTraceBinary.bash("sha256sum \"\(path)\"", in: work.url)
            XCTAssertEqual(sum.stdout.split(separator: " ").first.map(String.init), sha256, "\(path) differs from its recorded hash", file: file, line: line)
        }
    }

    /// The sqlite3 shell, when installed, checks the file independently of LeakTrace's own code.
    private func assertSQLiteAgrees(_ work: WorkFolder, file: StaticString = #filePath, line: UInt = #line) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
        let result = try LeakTraceBinary.bash("""
            sqlite3 r.db 'PRAGMA integrity_check; PRAGMA foreign_key_check;
              SELECT COUNT(*) FROM canary WHERE plant_id NOT IN (SELECT id FROM plant);'
            """, in: work.url)
        XCTAssertEqual(result.stdout, "ok\n0\n", result.stderr, file: file, line: line)
    }

    // MARK: - Helpers

    private func plant(count: Int, out: String) -> [String] {
        ["plant", "--entity", "branch-2", "--count", String(count), "--synthetic-phones", "--out", out, "--operator", "tester"]
    }

    private func exists(_ name: String, in work: WorkFolder) -> Bool {
        FileManager.default.fileExists(atPath: work.file(name).path)
    }

    @discardableResult
    private func finishSucceeding(_ arguments: [String], _ work: WorkFolder, _ env: [String: String], file: StaticString = #filePath, line: UInt = #line) throws -> LeakTraceBinary.Result {
        let result = try LeakTraceProcess(arguments, in: work.url, environment: env).finish()
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result
    }

    private func listPlants(_ work: WorkFolder, _ env: [String: String], check: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> [ListedPlant] {
        let result = try finishSucceeding(["plants"] + (check ? ["--check"] : []), work, env, file: file, line: line)
        if check { XCTAssertTrue(result.stdout.contains("registry sound: integrity ok"), result.stdout, file: file, line: line) }
        return result.stdout.split(separator: "\n").compactMap(ListedPlant.init)
    }

    /// A broker's list: the plant's export rows among synthetic noise rows (fabricated values).
    private func writeSeizedList(export: URL, noise: Int, to url: URL) throws {
        var random = DeterministicRandom(seed: 99)
        var rows = ["姓名,电话,地址"]
        var planted = try String(contentsOf: export, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()[...]
        let spacing = max(1, noise / max(planted.count, 1))
        for index in 0..<noise {
            rows.append("测试\(index),1\(random.uniform(in: 3...9))\(String(format: "%09d", random.uniform(1_000_000_000))),测试省测试市测试路\(index)号")
            if index % spacing == 0, let row = planted.popFirst() {
                rows.append(row.split(separator: ",").prefix(3).joined(separator: ","))
            }
        }
        rows += planted.map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        try (rows.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}

/// One line of `leaktrace plants`.
private struct ListedPlant {
    var id: String
    var status: String
    var count: Int
    var exportPath: String?
    var exportSHA256: String?

    init?(_ line: Substring) {
        let fields = line.components(separatedBy: "  ")
        guard fields.count >= 3, fields[0].hasPrefix("p"), let count = Int(fields[2].prefix { $0.isNumber }) else { return nil }
        id = fields[0]
        status = fields[1]
        self.count = count
        let rest = fields[2...].joined(separator: "  ")
        if let meant = rest.range(of: "export not confirmed (meant for ") {
            exportPath = String(rest[meant.upperBound...].dropLast())
        } else if let export = rest.range(of: ", export "), let hash = rest.range(of: " sha256 ") {
            exportPath = String(rest[export.upperBound..<hash.lowerBound])
            exportSHA256 = String(rest[hash.upperBound...])
        }
    }
}
