import Foundation
import XCTest

/// Chain of custody through the real `leaktrace match`: a seized folder with a GBK list, an
/// encrypted workbook and a truncated zip. The readable file is hashed, recorded with its examiner
/// before matching and read without being changed; each unreadable file gets one line naming it
/// while the rest goes through; a canary seen on two rows is one canary with both rows listed.
final class MatchIntakeTests: XCTestCase {
    private func sha256(_ url: URL) throws -> String {
        let result = try LeakTraceBinary.bash("sha256sum '\(url.path)' | cut -d' ' -f1", in: url.deletingLastPathComponent())
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func modified(_ url: URL) throws -> Date {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    func testSeizedFolderWithUnreadableFilesIsTakenInBeforeMatchingAndLeftUnchanged() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        let playbook = LeakTraceBinary.repositoryRoot.appendingPathComponent("Playbooks/express-pipeline.yaml").path
        XCTAssertEqual(try LeakTraceBinary.run(["init", "--playbook", playbook], in: work.url, environment: env).status, 0)
        let planted = try LeakTraceBinary.run(
            ["plant", "--entity", "branch-2", "--count", "6", "--synthetic-phones", "--out", "export.csv"], in: work.url, environment: env)
        XCTAssertEqual(planted.status, 0, planted.stderr)
        let rows = try String(contentsOf: work.file("export.csv"), encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        XCTAssertEqual(rows.count, 6)

        // A broker's list: no header, its own column order, GBK, one canary twice (once with a
        // reformatted number), and people who are no canary.
        let seized = work.file("seized")
        try FileManager.default.createDirectory(at: seized, withIntermediateDirectories: true)
        let first = rows[0], second = rows[1]
        let phone = first[1]
        var lines = [
            "\(first[2]);\(first[0]);\(phone)",
            "\(second[2]);\(second[0]);\(second[1])",
            "浙江省杭州市西湖区文三路1号;甲乙丙;13000000000",
            "\(first[2]);\(first[0]);+86 \(phone.prefix(3)) \(phone.dropFirst(3).prefix(4)) \(phone.suffix(4))",
        ]
        lines += (0..<4).map { "河北省保定市定兴县人民路\($0 + 10)号;丁戊\($0);1300000000\($0)" }
        let list = seized.appendingPathComponent("list.txt")
        let gbk = try XCTUnwrap(LeakTraceBinary.bash(
            "printf '%s\\n' \(lines.map { "'\($0)'" }.joined(separator: " ")) | iconv -f UTF-8 -t GB18030 > seized/list.txt && echo ok",
            in: work.url).stdout.contains("ok") ? Data(contentsOf: list) : nil)
        XCTAssertFalse(gbk.isEmpty)
        // An encrypted workbook is an OLE compound file, not a zip; a zip cut short by a copy.
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
            .write(to: seized.appendingPathComponent("encrypted.xlsx"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + [UInt8](repeating: 7, count: 20))
            .write(to: seized.appendingPathComponent("cut.zip"))

        let files = ["list.txt", "encrypted.xlsx", "cut.zip"].map { seized.appendingPathComponent($0) }
        let before = try files.map { (try sha256($0), try modified($0)) }
        Thread.sleep(forTimeInterval: 1.1)   // a write during the match would show in the mtime

        let matched = try LeakTraceBinary.run(
            ["match", "seized", "--json", "out.json", "--case", "c1", "--examiner", "王警官"], in: work.url, environment: env)
        XCTAssertEqual(matched.status, 0, matched.stderr)
        let problems = matched.stderr.split(separator: "\n").filter { !$0.hasPrefix("reading") && $0.contains("leaktrace:") }
        XCTAssertEqual(problems.count, 2, matched.stderr)
        XCTAssertTrue(problems.contains { $0.contains("encrypted.xlsx") }, matched.stderr)
        XCTAssertTrue(problems.contains { $0.contains("cut.zip") }, matched.stderr)

        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: work.file("out.json"))) as? [String: Any])
        let evidence = try XCTUnwrap(report["evidence"] as? [[String: Any]])
        let item = try XCTUnwrap(evidence.first { ($0["path"] as? String)?.hasSuffix("list.txt") == true })
        XCTAssertEqual(item["sha256"] as? String, before[0].0)
        XCTAssertEqual(item["bytes"] as? Int, gbk.count)
        XCTAssertEqual(item["encoding"] as? String, "gb18030")
        XCTAssertEqual(item["records"] as? Int, 8)
        XCTAssertEqual(item["examiner"] as? String, "王警官")
        XCTAssertNotNil(item["format"] as? String)

        let hits = try XCTUnwrap(report["hits"] as? [[String: Any]])
        let firstRows = hits.filter { ($0["planted"] as? [String: Any])?["phone"] as? String == phone }.compactMap { $0["record"] as? Int }
        XCTAssertEqual(firstRows.sorted(), [1, 4], "both rows of the canary are listed")
        XCTAssertEqual(Set(hits.compactMap { ($0["planted"] as? [String: Any])?["phone"] as? String }).count, 2,
                       "two canaries, not three: the repeated one counts once")
        for hit in hits {
            XCTAssertNotNil(hit["score"] as? Double)
            XCTAssertEqual((hit["fields"] as? [String: String])?.keys.sorted(), ["address", "name", "phone"])
            XCTAssertEqual((hit["weights"] as? [String: Double])?.keys.sorted(), ["address", "name", "phone"])
            let chance = try XCTUnwrap(hit["chance"] as? Double, "each hit says how likely its agreement is by chance")
            XCTAssertGreaterThan(chance, 0)
            XCTAssertLessThan(chance, 1e-3)
        }
        // Possible links are listed apart and are never hits: no canary is in both lists.
        let links = try XCTUnwrap(report["possible_links"] as? [[String: Any]])
        let hitCanaries = Set(hits.compactMap { $0["canary"] as? String })
        XCTAssertTrue(links.allSatisfy { !hitCanaries.contains($0["canary"] as? String ?? "") || ($0["record"] as? Int).map { row in
            !hits.contains { $0["record"] as? Int == row }
        } == true })

        // The intake entry, with the examiner and the hash, precedes the match entry.
        let audit = try LeakTraceBinary.run(["audit", "show"], in: work.url, environment: env)
        let entries = audit.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let intake = try XCTUnwrap(entries.firstIndex { $0.count > 4 && $0[3] == "intake" && $0[4].contains("case c1") })
        let match = try XCTUnwrap(entries.firstIndex { $0.count > 4 && $0[3] == "match" && $0[4].contains("case c1") })
        XCTAssertLessThan(intake, match)
        XCTAssertEqual(entries[intake][2], "王警官")
        XCTAssertTrue(entries[intake][4].contains(before[0].0), "the intake names the file's SHA-256")

        let after = try files.map { (try sha256($0), try modified($0)) }
        for (index, file) in files.enumerated() {
            XCTAssertEqual(after[index].0, before[index].0, "\(file.lastPathComponent) unchanged")
            XCTAssertEqual(after[index].1, before[index].1, "\(file.lastPathComponent) not written")
        }

        // Without --examiner, the user name.
        let again = try LeakTraceBinary.run(
            ["match", "seized/list.txt", "--json", "again.json", "--case", "c2"], in: work.url, environment: env.merging(["USER": "li.examiner"]) { $1 })
        XCTAssertEqual(again.status, 0, again.stderr)
        let rerun = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: work.file("again.json"))) as? [String: Any])
        XCTAssertEqual(rerun["examiner"] as? String, "li.examiner")
    }
}
