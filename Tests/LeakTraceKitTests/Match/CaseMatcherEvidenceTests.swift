import Foundation
import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceKit

/// The evidence items and counts `CaseMatcher` returns for real damaged files, read both ways: a
/// plain UTF-8 CSV through the streaming path, the same list in UTF-16 through the whole-file intake.
final class CaseMatcherEvidenceTests: XCTestCase {
    /// A list with broken quoting on lines 4 and 28 and a record over 1 MiB on line 22 (line 1 is the
    /// header; the damaged lines are further apart than the 16 lines a quote may span), among
    /// synthetic rows, two carrying an ID number and an item.
    func damagedList() -> String {
        var rng = DeterministicRandom(seed: 77)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        var lines = ["姓名,电话,地址,证件号码,商品"]
        for line in 2...30 {
            let name = names.generate(using: &rng), phone = phones.generate(using: &rng), address = addresses.generate(using: &rng).text
            switch line {
            case 4, 28: lines.append("\(name),\"\(phone),\(address),,")
            case 22: lines.append("\(name),\(phone)," + String(repeating: "长", count: 400_000) + ",,")
            case 2, 3: lines.append("\(name),\(phone),\(address),\(SyntheticIDNumber.make(region: line, birth: "19900101", sequence: line)),充电宝×\(line)")
            default: lines.append("\(name),\(phone),\(address),,")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testSkippedLineNumbersReachTheMatchJSONOnBothReadPaths() throws {
        let fixture = try PlantFixture("skipped-lines")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-1"), count: 5, file: "b1.csv")
        let text = damagedList()
        let utf8 = try fixture.folder.write("damaged.csv", text)
        let utf16 = fixture.folder.path("damaged-utf16.csv")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: utf16))

        let report = try CaseMatcher(workspace: fixture.workspace).match(MatchRequest(inputs: [utf8, utf16], caseName: "K-1", examiner: "tester"))
        XCTAssertEqual(report.evidence.count, 2, "\(report.unreadable)")
        for item in report.evidence {
            XCTAssertEqual(item.skipped, ["broken-quoting": 2, "too-long": 1], item.path)
            XCTAssertEqual(item.skippedLines, ["broken-quoting": [4, 28], "too-long": [22]], item.path)
            XCTAssertEqual(item.records, 26, item.path)
        }
        XCTAssertEqual(Set(report.evidence.map(\.encoding)).count, 2, "one file per read path")

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONCoding.encoder().encode(report)) as? [String: Any])
        let evidence = try XCTUnwrap(json["evidence"] as? [[String: Any]])
        for item in evidence {
            XCTAssertEqual(item["skipped_lines"] as? [String: [Int]], ["broken-quoting": [4, 28], "too-long": [22]])
        }
        // Both files hold the same people: the second is all duplicates; two of them carry an ID and an item.
        XCTAssertEqual(report.counts.uniqueValid, 26)
        XCTAssertEqual(report.counts.duplicates, 26)
        XCTAssertEqual(report.counts.fieldCounts, RecordFieldCounts(name: 26, phone: 26, address: 26, idNumber: 2, order: 2))
        let counts = try XCTUnwrap(json["counts"] as? [String: Any])
        XCTAssertEqual((counts["field_counts"] as? [String: Int])?["id_number"], 2)
    }

    func testCleanFileCarriesNoSkippedLines() throws {
        let fixture = try PlantFixture("clean-lines")
        defer { fixture.folder.remove() }
        let path = try fixture.folder.write("clean.csv", "姓名,电话,地址\n测试甲,13912345678,测试省测试市测试路1号\n")
        let report = try CaseMatcher(workspace: fixture.workspace).match(MatchRequest(inputs: [path], caseName: "K-2", examiner: "tester"))
        XCTAssertEqual(report.evidence.first?.skipped, [:])
        XCTAssertNil(report.evidence.first?.skippedLines)
        let data = try JSONCoding.encoder().encode(report)
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("skipped_lines"))
    }
}
