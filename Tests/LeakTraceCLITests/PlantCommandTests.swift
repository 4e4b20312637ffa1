import Foundation
import XCTest

/// `leaktrace plant`: one plant in each export format, and a playbook campaign recorded with who ran it.
final class PlantCommandTests: XCTestCase {
    private let root = LeakTraceBinary.repositoryRoot

    private func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\r\n").map(String.init)
    }

    func testEachFormatWritesWhatThatEntityIngests() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        try succeed(["init", "--playbook", root.appendingPathComponent("Playbooks/express-pipeline.yaml").path], work, env)
        try "13900000001\n13900000002\n".write(to: work.file("pool.txt"), atomically: true, encoding: .utf8)

        let csv = try succeed(["plant", "--entity", "merchant-yiwu", "--count", "12", "--phone-pool", "pool.txt", "--out", "m.csv"], work, env)
        XCTAssertTrue(csv.stdout.contains("planted 12 canaries"), csv.stdout)
        let csvLines = try lines(work.file("m.csv"))
        XCTAssertEqual(csvLines.first, "name,phone,address,order_id,waybill,item,amount,order_time")
        XCTAssertEqual(csvLines.count, 13)
        XCTAssertTrue(csvLines.dropFirst().allSatisfy { $0.contains(",13900000001,") || $0.contains(",13900000002,") })

        try succeed(["plant", "--entity", "platform", "--count", "4", "--synthetic-phones", "--format", "json", "--out", "p.json"], work, env)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: work.file("p.json"))) as? [[String: String]])
        XCTAssertEqual(rows.count, 4)
        XCTAssertTrue(rows.allSatisfy { $0["phone"]?.count == 11 && $0["waybill"] != nil && $0["order_id"] != nil })

        try succeed(["plant", "--entity", "branch-3", "--count", "6", "--synthetic-phones", "--format", "waybill", "--masked", "--out", "b.csv"], work, env)
        let waybill = try lines(work.file("b.csv"))
        XCTAssertEqual(waybill.first, "运单号,收件人,电话,地址,寄件人,内件")
        for row in waybill.dropFirst() {
            let cells = row.split(separator: ",").map(String.init)
            XCTAssertEqual(cells.count, 6, row)
            XCTAssertEqual(Array(cells[1])[1], "*", "name's second character hidden: \(row)")
            XCTAssertEqual(cells[2].filter { $0 == "*" }.count, 6, "six phone digits hidden: \(row)")
            XCTAssertFalse(cells[3].contains("单元") || cells[3].hasSuffix("室"), "unit and room hidden: \(row)")
        }

        let bad = try LeakTraceBinary.run(["plant", "--entity", "branch-1", "--count", "2", "--synthetic-phones", "--format", "xlsx", "--out", "x"], in: work.url, environment: env)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("xlsx"), bad.stderr)
    }

    func testAPlaybookScheduleIsCarriedOutOnceAndRecordsWhoRanIt() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let env = ["LEAKTRACE_REGISTRY": work.file("r.db").path]
        let playbook = root.appendingPathComponent("Playbooks/express-campaign.yaml").path
        try succeed(["init", "--playbook", playbook], work, env)
        try FileManager.default.createDirectory(at: work.file("exports"), withIntermediateDirectories: true)
        try (1...20).map { "1390000" + String(format: "%04d", $0) }.joined(separator: "\n").write(to: work.file("pool.txt"), atomically: true, encoding: .utf8)

        // Up to 16 September 2026: the monthly and fortnightly direct plants of 1–2 September, the
        // fortnightly ones of 16 September, and the test orders of 15 and 16 September.
        let arguments = ["plant", "--playbook", playbook, "--out-dir", "exports", "--phone-pool", "pool.txt",
                         "--until", "2026-09-16T12:00:00+08:00", "--operator", "security-team"]
        let first = try succeed(arguments, work, env)
        XCTAssertTrue(first.stdout.contains("13 slots due by 2026-09-16T04:00:00Z, 13 carried out now, 0 already done"), first.stdout)
        let files = try FileManager.default.contentsOfDirectory(atPath: work.file("exports").path).sorted()
        XCTAssertEqual(files.count, 13)
        XCTAssertTrue(files.contains("branch-1-20260902T090000.waybill.csv"), "\(files)")
        XCTAssertTrue(files.contains("platform+merchant-yiwu+courier-hq+branch-1-20260915T100000.json"), "\(files)")

        let plants = try succeed(["plants"], work, env)
        let plantLines = plants.stdout.split(separator: "\n").filter { $0.hasPrefix("p") }
        XCTAssertEqual(plantLines.count, 13, plants.stdout)
        XCTAssertTrue(plantLines.allSatisfy { $0.contains("by security-team") && $0.contains("exported") }, plants.stdout)
        XCTAssertTrue(plantLines.contains { $0.contains("at branch-2, planted_at 2026-09-16T01:00:00Z") }, plants.stdout)

        let audit = try succeed(["audit", "show"], work, env)
        let plantEntries = audit.stdout.split(separator: "\n").filter { $0.split(separator: "\t").count > 3 && $0.split(separator: "\t")[3] == "plant" }
        XCTAssertEqual(plantEntries.count, 13)
        XCTAssertTrue(plantEntries.allSatisfy { $0.split(separator: "\t")[2] == "security-team" }, audit.stdout)

        let again = try succeed(Array(arguments.dropLast(2)) + ["--operator", "someone-else"], work, env)
        XCTAssertTrue(again.stdout.contains("13 slots due by 2026-09-16T04:00:00Z, 0 carried out now, 13 already done"), again.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.file("exports").path).count, 13)

        let mixed = try LeakTraceBinary.run(["plant", "--playbook", playbook, "--out-dir", "exports", "--synthetic-phones", "--count", "3"], in: work.url, environment: env)
        XCTAssertNotEqual(mixed.status, 0)
        XCTAssertTrue(mixed.stderr.contains("--playbook"), mixed.stderr)
        let formatted = try LeakTraceBinary.run(["plant", "--playbook", playbook, "--out-dir", "exports", "--synthetic-phones", "--format", "json"], in: work.url, environment: env)
        XCTAssertNotEqual(formatted.status, 0)
        XCTAssertTrue(formatted.stderr.contains("format:"), formatted.stderr)
    }

    func testHelpExplainsPhonesFormatsMaskingAndCampaigns() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        let help = try LeakTraceBinary.run(["plant", "--help"], in: work.url)
        XCTAssertEqual(help.status, 0)
        for phrase in ["--phone-pool", "--synthetic-phones", "--playbook", "--out-dir", "--until", "--operator", "--format",
                       "csv", "json", "waybill", "--masked", "GB/T 41833", "formula", "key"] {
            XCTAssertTrue(help.stdout.contains(phrase), "plant --help mentions \(phrase)")
        }
    }
}
