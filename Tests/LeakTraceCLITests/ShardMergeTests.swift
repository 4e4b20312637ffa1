import Foundation
import XCTest

/// The distributed match through the real binary: a list matched whole, and the same list cut into
/// three pieces at line boundaries, each piped into `match --shard`, then `merge`d. The merged case
/// must find the same canaries on the same records, count a person repeated across pieces once, and
/// attribute the leak the same way, leave the
/// registry untouched during the map step, and come out the same bytes on a second merge.
final class ShardMergeTests: XCTestCase {
    private func json(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The registry's rows, and which files sit beside it. Its bytes are no measure: SQLite's WAL
    /// bookkeeping rewrites the header whenever a connection opens and closes, reads only included.
    private func registryState(_ work: WorkFolder) throws -> String {
        try LeakTraceBinary.bash("ls r.db*; if command -v sqlite3 >/dev/null; then sqlite3 r.db .dump | sha256sum; fi", in: work.url).stdout
    }

    func testShardedMatchMergesToTheSameCaseAsOneRun() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path
        XCTAssertEqual(try LeakTraceBinary.run(["init", "--playbook", playbook], in: work.url, environment: env).status, 0)
        for entity in ["branch-2", "branch-1"] {
            let planted = try LeakTraceBinary.run(
                ["plant", "--entity", entity, "--count", "4", "--synthetic-phones", "--out", "\(entity).csv"], in: work.url, environment: env)
            XCTAssertEqual(planted.status, 0, planted.stderr)
        }
        let canaries = try String(contentsOf: work.file("branch-2.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",").map(String.init) }

        // 600 synthetic people (the filler numbers the other CLI tests use, built from the row index),
        // and three of branch-2's canaries spread over what will be all three pieces.
        var rows = (0..<600).map { "测试\($0 % 50)号,130000\(String(format: "%05d", $0)),河北省保定市定兴县人民路\($0)号" }
        for (slot, canary) in zip([100, 300, 500], canaries) { rows.insert("\(canary[0]),\(canary[1]),\(canary[2])", at: slot) }
        // One person on all three pieces: with an address on the first, without on the second, twice
        // on the third. One run counts them once, their fields from the first row, duplicates three.
        let repeated = rows[10].split(separator: ",").map(String.init)
        rows[250] = "\(repeated[0]),\(repeated[1]),"
        rows[450] = rows[10]
        rows[451] = "\(repeated[0]),\(repeated[1]),"
        let header = "姓名,电话,地址"
        try Data(([header] + rows).joined(separator: "\n").appending("\n").utf8).write(to: work.file("list.csv"))

        let single = try LeakTraceBinary.run(["match", "list.csv", "--json", "single.json", "--case", "whole"], in: work.url, environment: env)
        XCTAssertEqual(single.status, 0, single.stderr)

        // Pieces as an engine's partitions are: line boundaries, the header only in the first.
        let split = try LeakTraceBinary.bash(
            "head -n 201 list.csv > p1 && sed -n '202,402p' list.csv > p2 && sed -n '403,$p' list.csv > p3 && cat p1 p2 p3 | cmp - list.csv && echo ok",
            in: work.url)
        XCTAssertEqual(split.stdout, "ok\n", split.stderr)
        let before = try registryState(work)
        for piece in 1...3 {
            let shard = try LeakTraceBinary.bash(
                "cat p\(piece) | leaktrace match --shard --header '\(header)' > s\(piece).jsonl", in: work.url, environment: env)
            XCTAssertEqual(shard.status, 0, shard.stderr)
        }
        XCTAssertEqual(try registryState(work), before, "the map step writes no row to the registry")

        // Each hit's offset and line point at its record in the piece it came from.
        var shardHits = 0
        for piece in 1...3 {
            let bytes = try Data(contentsOf: work.file("p\(piece)"))
            let lines = try String(contentsOf: work.file("s\(piece).jsonl"), encoding: .utf8).split(separator: "\n")
            let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
            XCTAssertEqual(summary["kind"] as? String, "summary")
            let body = try XCTUnwrap(summary["summary"] as? [String: Any])
            XCTAssertEqual(body["bytes"] as? Int, bytes.count)
            XCTAssertEqual(body["sha256"] as? String,
                           try LeakTraceBinary.bash("sha256sum p\(piece) | cut -d' ' -f1", in: work.url).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            // Hits, then one line of the persons counted (what lets `merge` count a person once), then the summary.
            let persons = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[lines.count - 2].utf8)) as? [String: Any])
            XCTAssertEqual(persons["kind"] as? String, "persons")
            let listed = try XCTUnwrap(persons["persons"] as? [String: [String]]).values.reduce(0) { $0 + $1.count }
            XCTAssertEqual(listed, (body["counts"] as? [String: Any])?["unique_valid"] as? Int)
            for line in lines.dropLast(2) {
                let entry = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let hit = try XCTUnwrap(entry["hit"] as? [String: Any])
                let offset = try XCTUnwrap(hit["offset"] as? Int)
                let seen = try XCTUnwrap((hit["hit"] as? [String: Any])?["seen"] as? String)
                XCTAssertEqual(bytes[offset..<offset + seen.utf8.count], Data(seen.utf8))
                XCTAssertEqual(hit["line"] as? Int, bytes[..<offset].filter { $0 == 0x0A }.count + 1)
                shardHits += 1
            }
        }
        XCTAssertEqual(shardHits, 3)

        let merge = ["merge", "s1.jsonl", "s2.jsonl", "s3.jsonl", "--case", "sharded", "--examiner", "王警官", "--json"]
        let merged = try LeakTraceBinary.run(merge + ["merged.json"], in: work.url, environment: env)
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let whole = try json(work.file("single.json")), parts = try json(work.file("merged.json"))
        func found(_ report: [String: Any]) -> [String] {
            ((report["hits"] as? [[String: Any]]) ?? []).map { "\($0["record"] ?? "?"):\($0["canary"] ?? "?")" }
        }
        XCTAssertEqual(found(parts), found(whole))
        XCTAssertEqual(found(whole).count, 3)
        let wholeAttribution = try XCTUnwrap(whole["attribution"] as? [String: Any])
        let partsAttribution = try XCTUnwrap(parts["attribution"] as? [String: Any])
        XCTAssertEqual(partsAttribution["sources"] as? [String], ["branch-2"])
        XCTAssertEqual(NSDictionary(dictionary: partsAttribution), NSDictionary(dictionary: wholeAttribution),
                       "sources, ranking, posteriors and window as one run")
        let wholeCounts = try XCTUnwrap(whole["counts"] as? [String: Any]), partsCounts = try XCTUnwrap(parts["counts"] as? [String: Any])
        XCTAssertEqual(partsCounts["rows"] as? Int, 603)
        XCTAssertEqual(partsCounts["unique_valid"] as? Int, 597, "the person on three pieces counts once")
        XCTAssertEqual(partsCounts["duplicates"] as? Int, 3)
        for key in ["rows", "canary_rows", "unique_valid", "duplicates", "invalid"] {
            XCTAssertEqual(partsCounts[key] as? Int, wholeCounts[key] as? Int, key)
        }
        for key in ["field_counts", "field_profiles"] {
            let merged = try XCTUnwrap(partsCounts[key] as? [String: Any], key), single = try XCTUnwrap(wholeCounts[key] as? [String: Any], key)
            XCTAssertEqual(NSDictionary(dictionary: merged), NSDictionary(dictionary: single), "\(key): the fields of the person's first row, once")
        }

        // The case is in the registry: the report is written from it.
        let report = try LeakTraceBinary.run(["report", "--case", "sharded", "--out", "report"], in: work.url, environment: env)
        XCTAssertEqual(report.status, 0, report.stderr)

        // A second merge, shards in the same order, is the same bytes but for the times it was made.
        let again = try LeakTraceBinary.run(merge + ["again.json"], in: work.url, environment: env)
        XCTAssertEqual(again.status, 0, again.stderr)
        let timestamp = try Regex(#""(matched_at|intake_at)" : "[^"]*""#)
        func stable(_ name: String) throws -> String {
            try String(contentsOf: work.file(name), encoding: .utf8).replacing(timestamp, with: "T")
        }
        XCTAssertEqual(try stable("again.json"), try stable("merged.json"))

        // A shard whose task died before its summary is refused, naming it.
        XCTAssertEqual(try LeakTraceBinary.bash("head -n -1 s2.jsonl > cut.jsonl", in: work.url).status, 0)
        let refused = try LeakTraceBinary.run(["merge", "s1.jsonl", "cut.jsonl", "s3.jsonl", "--case", "x", "--json", "x.json"], in: work.url, environment: env)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("cut.jsonl") && refused.stderr.contains("summary"), refused.stderr)
    }
}
