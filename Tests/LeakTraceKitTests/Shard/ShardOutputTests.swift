import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class ShardOutputTests: XCTestCase {
    private func summary(hits: Int) -> ShardSummary {
        ShardSummary(bytes: 10, sha256: "a", md5: "b", sm3: "c", records: 2, format: "csv", skipped: [:],
                     counts: RecordCounts(rows: 2, uniqueValid: 1, canaryRows: 1), hits: hits, registryFingerprint: "r", canarySet: "s")
    }

    private let persons = ShardPersons(byFields: [[.name, .phone]: [0x0123_4567_89AB_CDEF]])

    private func hit() -> ShardHit {
        ShardHit(offset: 12, line: 2, hit: Hit(
            file: "stdin", record: 1, canary: "c000001", entity: "branch-2", score: 40,
            fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
            planted: PlantedValues(name: "张三", phone: "13000000001", address: "某地", at: Date(timeIntervalSince1970: 1_700_000_000)),
            seen: "张三,13000000001,某地"))
    }

    func testReadsBackWhatTheShardWrote() throws {
        let folder = try TemporaryFolder("shard")
        defer { folder.remove() }
        let data = try ShardLine.hit(hit()).jsonLine() + ShardLine.persons(persons).jsonLine() + ShardLine.summary(summary(hits: 1)).jsonLine()
        XCTAssertEqual(data.filter { $0 == 0x0A }.count, 3, "one JSON document per line")
        try data.write(to: folder.file("s.jsonl"))
        let output = try ShardOutput(path: folder.path("s.jsonl"))
        XCTAssertEqual(output.hits, [hit()])
        XCTAssertEqual(output.persons, persons)
        XCTAssertEqual(output.summary, summary(hits: 1))
    }

    /// A shard without its persons, or whose persons disagree with its count, would make `merge`
    /// count someone twice or not at all: refused.
    func testRefusesAShardWithoutItsPersons() throws {
        let folder = try TemporaryFolder("shard")
        defer { folder.remove() }
        try (ShardLine.hit(hit()).jsonLine() + ShardLine.summary(summary(hits: 1)).jsonLine()).write(to: folder.file("old.jsonl"))
        XCTAssertThrowsError(try ShardOutput(path: folder.path("old.jsonl"))) {
            XCTAssertTrue(String(describing: $0).contains("old.jsonl") && String(describing: $0).contains("persons"), String(describing: $0))
        }
        let two = ShardPersons(byFields: [[.phone]: [1, 2]])
        try (ShardLine.hit(hit()).jsonLine() + ShardLine.persons(two).jsonLine() + ShardLine.summary(summary(hits: 1)).jsonLine())
            .write(to: folder.file("more.jsonl"))
        XCTAssertThrowsError(try ShardOutput(path: folder.path("more.jsonl"))) {
            XCTAssertTrue(String(describing: $0).contains("2 persons but the summary counts 1"), String(describing: $0))
        }
    }

    func testRefusesAShardCutShort() throws {
        let folder = try TemporaryFolder("shard")
        defer { folder.remove() }
        try ShardLine.hit(hit()).jsonLine().write(to: folder.file("nosummary.jsonl"))
        XCTAssertThrowsError(try ShardOutput(path: folder.path("nosummary.jsonl"))) {
            XCTAssertTrue(String(describing: $0).contains("nosummary.jsonl"))
        }
        try ShardLine.summary(summary(hits: 2)).jsonLine().write(to: folder.file("missing.jsonl"))
        XCTAssertThrowsError(try ShardOutput(path: folder.path("missing.jsonl"))) {
            XCTAssertTrue(String(describing: $0).contains("2 hits but 0"))
        }
        try Data("{\"kind\":\"other\"}\n".utf8).write(to: folder.file("bad.jsonl"))
        XCTAssertThrowsError(try ShardOutput(path: folder.path("bad.jsonl"))) {
            XCTAssertTrue(String(describing: $0).contains("bad.jsonl:1") || String(describing: $0).contains("line 1"), String(describing: $0))
        }
    }

    func testCountsAddUpAcrossShards() {
        let first = RecordCounts(rows: 3, uniqueValid: 2, invalid: 1, canaryRows: 0, fieldProfiles: ["phone": 2], invalidSamples: ["stdin:3"])
        let second = RecordCounts(rows: 4, uniqueValid: 3, duplicates: 1, canaryRows: 0, fieldProfiles: ["phone": 1, "name+phone": 2])
        let sum = ShardMerger.sum(ShardMerger.sum(RecordCounts(), first, file: "a#input"), second, file: "b#input")
        XCTAssertEqual(sum.rows, 7)
        XCTAssertEqual(sum.uniqueValid, 5)
        XCTAssertEqual(sum.duplicates, 1)
        XCTAssertEqual(sum.fieldProfiles, ["phone": 3, "name+phone": 2])
        XCTAssertEqual(sum.invalidSamples, ["a#input:3"])
    }
}
