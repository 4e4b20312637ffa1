import Foundation
import XCTest

/// `leaktrace match` on a plain UTF-8 CSV takes the streaming path (issue 6): the evidence hashes are
/// those of the file, the result is the same byte for byte on a second run (timestamps aside), and
/// the progress bar shows on a terminal only.
final class MatchStreamingTests: XCTestCase {
    private func plantedList(in work: WorkFolder, env: [String: String]) throws -> [[String]] {
        let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path
        XCTAssertEqual(try LeakTraceBinary.run(["init", "--playbook", playbook], in: work.url, environment: env).status, 0)
        let planted = try LeakTraceBinary.run(
            ["plant", "--entity", "branch-2", "--count", "5", "--synthetic-phones", "--out", "export.csv"], in: work.url, environment: env)
        XCTAssertEqual(planted.status, 0, planted.stderr)
        let rows = try String(contentsOf: work.file("export.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        // name, phone, address in the export; a broker's list puts them in its own order among 20,000 others.
        var lines = ["手机号,收件人,收货地址"]
        for i in 0..<20_000 {
            if i % 4_000 == 7, let canary = rows.dropFirst(i / 4_000).first { lines.append("\(canary[1]),\(canary[0]),\(canary[2])") }
            lines.append("13\(String(format: "%09d", (i &* 7_919) % 1_000_000_000)),路人\(i % 97),河北省保定市定兴县人民路\(i % 300)号")
        }
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: work.file("list.csv"))
        return rows
    }

    private func withoutTimes(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.replacingOccurrences(of: #""(matched_at|intake_at|at|registry_fingerprint)" : "[^"]*""#, with: "T", options: .regularExpression)
    }

    func testStreamedMatchFindsTheCanariesDeterministicallyAndQuietlyInAPipe() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        let canaries = try plantedList(in: work, env: env)
        var outputs: [String] = []
        for run in ["a", "b"] {
            let matched = try LeakTraceBinary.run(
                ["match", "list.csv", "--json", "\(run).json", "--case", "s\(run)", "--examiner", "E"], in: work.url, environment: env)
            XCTAssertEqual(matched.status, 0, matched.stderr)
            XCTAssertFalse(matched.stderr.contains("rows/s"), "no progress bar when stderr is not a terminal")
            outputs.append(try withoutTimes(work.file("\(run).json")).replacingOccurrences(of: "\"s\(run)\"", with: "\"case\""))
        }
        XCTAssertEqual(outputs[0], outputs[1], "same input, same output")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: work.file("a.json"))) as? [String: Any])
        let evidence = try XCTUnwrap((report["evidence"] as? [[String: Any]])?.first)
        let sum = try LeakTraceBinary.bash("sha256sum list.csv | cut -d' ' -f1", in: work.url).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(evidence["sha256"] as? String, sum)
        XCTAssertEqual(evidence["records"] as? Int, 20_005)
        let md5 = try LeakTraceBinary.bash("md5sum list.csv | cut -d' ' -f1", in: work.url).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(evidence["md5"] as? String, md5)
        let hits = try XCTUnwrap(report["hits"] as? [[String: Any]])
        XCTAssertEqual(Set(hits.compactMap { $0["canary"] as? String }).count, canaries.count)
        let counts = try XCTUnwrap(report["counts"] as? [String: Any])
        XCTAssertEqual(counts["rows"] as? Int, 20_005)
        XCTAssertEqual(counts["canary_rows"] as? Int, 5)
    }

    func testProgressBarShowsOnATerminal() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        _ = try plantedList(in: work, env: env)
        // `script` gives the command a pseudo-terminal; stderr then carries the bar.
        let result = try LeakTraceBinary.bash(
            "script -qec \"leaktrace match list.csv --json t.json --case tty --examiner E\" /dev/null", in: work.url, environment: env)
        XCTAssertTrue(result.stdout.contains("rows/s"), result.stdout)
        XCTAssertTrue(result.stdout.contains("100%"), result.stdout)
    }
}
