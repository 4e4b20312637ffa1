import Foundation
import XCTest

/// `leaktrace plan --budget N`: a plan whose every line says why, which tells every entity apart,
/// and which replaces burned canaries first.
final class PlanCommandTests: XCTestCase {
    func testAPlanExplainsEachChoiceAndTellsEveryEntityApart() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path], work, env)
        try (1...14).map { "1390000" + String(format: "%04d", $0) }.joined(separator: "\n").write(to: work.file("pool.txt"), atomically: true, encoding: .utf8)
        let plan = try succeed(["plan", "--budget", "400", "--phone-pool", "pool.txt"], work, env)
        let lines = plan.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "plan for a budget of 400 canaries: 400 proposed")
        // Every action line is followed by its reason.
        let actionIndices = lines.indices.filter { lines[$0].contains(": plant at ") || lines[$0].contains(": test orders along ") }
        XCTAssertGreaterThan(actionIndices.count, 6)
        for index in actionIndices { XCTAssertTrue(lines[index + 1].hasPrefix("      why: "), lines[index]) }
        XCTAssertTrue(plan.stdout.contains("e-optimal"), plan.stdout)
        // branch-3's data is copied to HQ in the bundled playbook: that pair, and only it, stays inseparable.
        XCTAssertTrue(plan.stdout.contains("cannot tell branch-3 from courier-hq"), plan.stdout)
        XCTAssertEqual(plan.stdout.components(separatedBy: "cannot tell ").count, 2, plan.stdout)
        XCTAssertTrue(plan.stdout.contains("phone pool (14 numbers over 13 placements)"), plan.stdout)
        XCTAssertTrue(plan.stdout.contains("a call to 13900000001 points at: platform"), plan.stdout)

        let json = try succeed(["plan", "--budget", "400", "--json"], work, env)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let actions = try XCTUnwrap(object["actions"] as? [[String: Any]])
        XCTAssertEqual(actions.compactMap { $0["count"] as? Int }.reduce(0, +), 400)
        XCTAssertTrue(actions.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })

        let bad = try LeakTraceBinary.run(["plan", "--budget", "0"], in: work.url, environment: env)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--budget"), bad.stderr)
    }

    func testBurnedCanariesGetReplacementsAtTheirPlacement() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]
        let burned = try succeed(["canaries", "--burned"], work, env)
        let rows = burned.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        XCTAssertFalse(rows.isEmpty)
        var burnedPerPlacement: [String: Int] = [:]
        for row in rows { burnedPerPlacement[row[1], default: 0] += 1 }

        let plan = try succeed(["plan", "--budget", "1000"], work, env)
        XCTAssertTrue(plan.stdout.contains("burned canaries needing replacement: \(rows.count)"), plan.stdout)
        for (placement, count) in burnedPerPlacement {
            XCTAssertTrue(plan.stdout.contains("  replacement: plant at \(placement): \(count)"), "\(placement) \(count): \(plan.stdout)")
        }
    }

    func testTheSMaxAllocatorThroughTheBinary() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path], work, env)
        let plan = try succeed(["plan", "--budget", "400", "--allocator", "s-max"], work, env)
        let lines = plan.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "plan for a budget of 400 canaries: 400 proposed")
        XCTAssertTrue(lines.contains("direct canaries placed by s-max"), plan.stdout)
        let direct = lines.indices.filter { lines[$0].hasPrefix("  direct: plant at ") }
        XCTAssertFalse(direct.isEmpty, plan.stdout)
        for index in direct { XCTAssertTrue(lines[index + 1].hasPrefix("      why: s-max: "), lines[index + 1]) }
        XCTAssertFalse(plan.stdout.contains("e-optimal:"), plan.stdout)
        XCTAssertTrue(plan.stdout.contains("largest relative overlap max i≠j |Ri∩Rj|/|Ri| (copy-pinned pairs left out): "), plan.stdout)
        XCTAssertEqual(plan.stdout.components(separatedBy: "cannot tell ").count, 2, plan.stdout)

        // The default stays e-optimal, and the two plans differ in where the direct canaries go.
        let byDefault = try succeed(["plan", "--budget", "400"], work, env)
        XCTAssertTrue(byDefault.stdout.contains("direct canaries placed by e-optimal"), byDefault.stdout)
        XCTAssertNotEqual(byDefault.stdout, plan.stdout)

        let json = try succeed(["plan", "--budget", "400", "--allocator", "s-max", "--json"], work, env)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["allocator"] as? String, "s-max")
        let actions = try XCTUnwrap(object["actions"] as? [[String: Any]])
        XCTAssertEqual(actions.compactMap { $0["count"] as? Int }.reduce(0, +), 400)

        let bad = try LeakTraceBinary.run(["plan", "--budget", "400", "--allocator", "s-min"], in: work.url, environment: env)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("allocator"), bad.stderr)
        let help = try succeed(["plan", "--help"], work, env)
        XCTAssertTrue(help.stdout.contains("--allocator"), help.stdout)
        XCTAssertTrue(help.stdout.contains("s-max"), help.stdout)
    }
}
