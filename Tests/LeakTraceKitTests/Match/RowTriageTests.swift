import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceIngest
import LeakTraceMatching
import XCTest
@testable import LeakTraceKit

final class RowTriageTests: XCTestCase {
    /// Canaries, and a list around them with everything the counts distinguish: duplicates (also
    /// under another spelling of the name), invalid and masked numbers, quoted and padded cells,
    /// missing names and addresses, extra columns, a row on a canary's number.
    func fixture() throws -> (index: CanaryIndex, path: String, folder: URL) {
        var rng = DeterministicRandom(seed: 606)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        let canaries = (0..<30).map { i in
            (id: String(format: "c%06d", i), person: PersonRecord(
                name: names.generate(using: &rng), phone: phones.generate(using: &rng), address: addresses.generate(using: &rng).text))
        }
        var rows = ["收件人,手机,地址,备注"]
        var earlier: [(String, String)] = []
        for i in 0..<3_000 {
            let name = names.generate(using: &rng), phone = phones.generate(using: &rng), address = addresses.generate(using: &rng).text
            switch i % 20 {
            case 0: rows.append("\(canaries[i / 20 % 30].person.name),\(canaries[i / 20 % 30].person.phone),\(canaries[i / 20 % 30].person.address),")
            case 1: if let (n, p) = earlier.last { rows.append("\(n),\(p),\(address),重复") }
            case 2: if let (n, p) = earlier.last { rows.append("\(n)先生,\(p),\(address),") }
            case 3: rows.append("\(name),12\(phone.dropFirst(2)),\(address),")
            case 4: rows.append("\(name),\(phone.prefix(3))****\(phone.suffix(4)),\(address),")
            case 5: rows.append("\"\(name)\",\(phone),\"\(address)\",")
            case 6: rows.append(" \(name) ,\(phone),\(address),")
            case 7: rows.append(",\(phone),,")
            case 8: rows.append("\(name),\(phone)")
            case 9: rows.append("\(name),1740\(i % 10)\(phone.suffix(6)),\(address),")
            case 10: rows.append("\(name),\(phone),\(address),x,y")
            // The same number written other ways, which the counter and the matcher read as full numbers.
            case 11: rows.append("\(name),+86 \(phone.prefix(3)) \(phone.dropFirst(3).prefix(4)) \(phone.suffix(4)),\(address),")
            case 12: rows.append("\(name),\(phone.prefix(3))-\(phone.dropFirst(3).prefix(4))-\(phone.suffix(4)),\(address),")
            case 13: rows.append("\(name),86\(phone),\(address),")
            case 14:
                let canary = canaries[(i / 20 + 7) % 30].person
                rows.append("\(canary.name),+86 \(canary.phone.prefix(3)) \(canary.phone.dropFirst(3)),\(canary.address),")
            case 15 where i % 40 == 15:
                let wide = String(String.UnicodeScalarView(phone.unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0xFF10)! }))
                rows.append("\(name),\(wide),\(address),")
            case 15: if let (n, p) = earlier.last { rows.append("\(n),+86-\(p),\(address),") }
            default:
                rows.append("\(name),\(phone),\(address),")
                earlier.append((name, phone))
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lt-triage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("list.csv").path
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (CanaryIndex(canaries), path, folder)
    }

    /// Counts and hits with or without the prefilter.
    func run(_ index: CanaryIndex, _ path: String, triage useTriage: Bool) throws -> (RecordCounts, [String], Int, masked: Int, reformatted: Int) {
        let matcher = RecordMatcher(index: index)
        var counter = RecordCounter()
        var triage = RowTriage(index: index, file: path)
        var hits: [String] = []
        var dismissed = 0, masked = 0, reformatted = 0
        _ = try DelimitedStream().read(path: path, observe: { _ in }, dismiss: { row in
            guard useTriage, triage.dismiss(row, counter: &counter) else { return false }
            dismissed += 1
            if let phone = row.roles.phone, row.value(at: phone).contains("*") { masked += 1 }
            if let phone = row.roles.phone, row.value(at: phone).utf8.count > 11 { reformatted += 1 }
            return true
        }, emit: { record in
            let best = matcher.matches(in: record).first
            counter.observe(record, file: path, isCanary: best != nil)
            if let best { hits.append("\(record.number):\(best.canaryID)") }
        })
        return (counter.counts, hits, dismissed, masked, reformatted)
    }

    func testPrefilterChangesNeitherCountsNorHits() throws {
        let (index, path, folder) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try run(index, path, triage: false)
        let fast = try run(index, path, triage: true)
        XCTAssertEqual(fast.0, full.0)
        XCTAssertEqual(fast.1, full.1)
        XCTAssertEqual(full.2, 0)
        XCTAssertGreaterThan(fast.2, 2_000, "most rows are dismissed as bytes")
        XCTAssertGreaterThan(fast.masked, 100, "masked numbers no canary could be are dismissed too")
        XCTAssertGreaterThan(fast.reformatted, 500, "numbers written with +86, dashes, spaces or full-width digits are dismissed too")
        XCTAssertEqual(full.1.count, 300, "every canary row is still found, a reformatted canary number included")
        XCTAssertGreaterThan(full.0.duplicates, 100)
        XCTAssertGreaterThan(full.0.invalid, 200)
        XCTAssertGreaterThan(full.0.fieldProfiles.count, 2)
    }

    /// The matching corpus (Tests/Fixtures/Matching, issue 4's recall fixtures): the same hits with
    /// and without the prefilter, so the recall and false-hit figures measured there still hold.
    func testPrefilterKeepsEveryFixtureHit() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/Matching")
        let table = try String(contentsOf: folder.appendingPathComponent("canaries.tsv"), encoding: .utf8)
        let canaries = table.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (id: cells[0], person: PersonRecord(name: cells[1], phone: cells[2], address: cells[3]))
        }
        let index = CanaryIndex(canaries)
        for list in ["unmasked.csv", "gbt_masked.csv", "old_masked.csv"] {
            let path = folder.appendingPathComponent(list).path
            let full = try run(index, path, triage: false)
            let fast = try run(index, path, triage: true)
            XCTAssertEqual(fast.0, full.0, list)
            XCTAssertEqual(fast.1, full.1, list)
            XCTAssertGreaterThan(full.1.count, 100, list)
        }
    }

    func testCaseMatcherStreamsAPlainListWithTheIntakesDigests() throws {
        let (_, path, folder) = try fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let digest = try FileFingerprint.take(path: path, intake: EvidenceIntake())
        let intake = try EvidenceIntake().fingerprint(path: path)
        XCTAssertEqual(digest, intake, "the two-core fingerprint is the intake's")
    }
}
