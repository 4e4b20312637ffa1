import Foundation
import LeakTraceCore
import XCTest

/// Two investigators on one registry: real `leaktrace` processes planting and matching at once all
/// succeed, with no canary id, sequence or masked key taken twice and no hit lost.
///
/// Set LEAKTRACE_CONCURRENT_COUNT (default 2000) for bigger plants; above about 40,000 in a debug
/// build one plant holds the write lock for longer than SQLite's old 30-second wait.
final class ConcurrencyTests: XCTestCase {
    private let plantSize = Int(ProcessInfo.processInfo.environment["LEAKTRACE_CONCURRENT_COUNT"] ?? "") ?? 2_000
    private let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path

    func testThreePlantsAndTwoMatchesOnOneRegistryAtOnceAllSucceed() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", playbook], work, env)
        let base = try succeed(plant("branch-1", count: 300, out: "a.csv"), work, env)
        try writeSeizedList(export: work.file("a.csv"), noise: 20_000, to: work.file("seized.csv"))

        let jobs = [
            try LeakTraceProcess(plant("branch-2", count: plantSize, out: "b.csv"), in: work.url, environment: env),
            try LeakTraceProcess(plant("branch-3", count: plantSize, out: "c.csv"), in: work.url, environment: env),
            try LeakTraceProcess(["match", "seized.csv", "--case", "first", "--json", "first.json", "--examiner", "investigator-1"], in: work.url, environment: env),
            try LeakTraceProcess(plant("merchant-yiwu", count: plantSize / 2, out: "d.csv"), in: work.url, environment: env),
            try LeakTraceProcess(["match", "seized.csv", "--case", "second", "--json", "second.json", "--examiner", "investigator-2"], in: work.url, environment: env),
        ]
        let results = try jobs.map { try $0.finish() }
        for (job, result) in zip(jobs, results) {
            XCTAssertEqual(result.status, 0, "\(job.process.arguments ?? []): \(result.stderr)")
        }

        // Sequence ranges: each plant got its own contiguous block and together they leave no gap.
        var ranges = [try XCTUnwrap(Self.range(in: base.stdout))]
        for index in [0, 1, 3] { ranges.append(try XCTUnwrap(Self.range(in: results[index].stdout), results[index].stdout)) }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            XCTAssertEqual(earlier.upperBound + 1, later.lowerBound, "blocks \(earlier) and \(later) overlap or leave a gap")
        }
        XCTAssertEqual(ranges.map(\.count).reduce(0, +), 300 + 2 * plantSize + plantSize / 2)

        // No two canaries alike across the exports (name, phone and address of each row).
        var seen = Set<String>()
        for export in ["a.csv", "b.csv", "c.csv", "d.csv"] {
            let rows = try String(contentsOf: work.file(export), encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            for row in rows {
                XCTAssertTrue(seen.insert(row.split(separator: ",").prefix(3).joined(separator: ",")).inserted, "\(export): \(row) planted twice")
            }
        }

        // No lost hits: each match found every canary of the list, as a match run alone does now.
        XCTAssertTrue(results[2].stdout.contains("300 hits on 300 canaries"), results[2].stdout)
        XCTAssertTrue(results[4].stdout.contains("300 hits on 300 canaries"), results[4].stdout)
        let alone = try succeed(["match", "seized.csv", "--case", "alone", "--json", "alone.json"], work, env)
        XCTAssertTrue(alone.stdout.contains("300 hits on 300 canaries"), alone.stdout)

        let listed = try succeed(["plants", "--check"], work, env).stdout
        XCTAssertTrue(listed.contains("4 plants, \(300 + 2 * plantSize + plantSize / 2) canaries; 0 interrupted"), listed)
        XCTAssertTrue(listed.contains("registry sound: integrity ok"), listed)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let duplicates = try LeakTraceBinary.bash(
                "sqlite3 r.db 'SELECT COUNT(*) - COUNT(DISTINCT id), COUNT(*) - COUNT(DISTINCT sequence), COUNT(*) - COUNT(DISTINCT masked_key) FROM canary'",
                in: work.url)
            XCTAssertEqual(duplicates.stdout, "0|0|0\n")
        }
        try succeed(["report", "--case", "first", "--out", "first-report"], work, env)
        try succeed(["verify", "first-report", "--registry", work.file("r.db").path], work, env)
        XCTAssertTrue(try succeed(["audit", "verify"], work, env).stdout.contains("audit log intact"))
    }

    /// A writer that holds the registry longer than SQLite's customary 30 s (a long plant does) makes
    /// the next plant wait, not fail.
    func testAPlantWaitsOutAWriteLockHeldLongerThanThirtySeconds() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            throw XCTSkip("needs the sqlite3 shell to hold the write lock")
        }
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", playbook], work, env)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [work.file("r.db").path, "BEGIN IMMEDIATE;", ".shell sleep 33", "COMMIT;"]
        try holder.run()
        usleep(500_000)
        let started = Date()
        try succeed(plant("branch-1", count: 10, out: "late.csv"), work, env)
        holder.waitUntilExit()
        XCTAssertEqual(holder.terminationStatus, 0)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 30, "the plant must have waited for the lock")
    }

    // MARK: - Helpers

    /// "planted 2000 canaries (c000300…c002299) …" → 300...2299
    private static func range(in output: String) -> ClosedRange<Int>? {
        guard let open = output.range(of: "canaries (c"), let dots = output.range(of: "…c", range: open.upperBound..<output.endIndex),
              let close = output.range(of: ")", range: dots.upperBound..<output.endIndex),
              let first = Int(output[open.upperBound..<dots.lowerBound]), let last = Int(output[dots.upperBound..<close.lowerBound])
        else { return nil }
        return first...last
    }

    private func plant(_ entity: String, count: Int, out: String) -> [String] {
        ["plant", "--entity", entity, "--count", String(count), "--synthetic-phones", "--out", out, "--operator", "planter-\(entity)"]
    }

    /// The export's rows among synthetic noise rows (fabricated values, no real person).
    private func writeSeizedList(export: URL, noise: Int, to url: URL) throws {
        var random = DeterministicRandom(seed: 7)
        var rows = ["姓名,电话,地址"]
        rows += try String(contentsOf: export, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        for index in 0..<noise {
            rows.append("测试\(index),1\(random.uniform(in: 3...9))\(String(format: "%09d", random.uniform(1_000_000_000))),测试省测试市测试路\(index)号")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
