import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

/// An examiner's vault holds no key that opens the canary table: it opens a canary only through
/// a blocking key the canary has, and reads and writes the hits of cases.
final class ExaminerCopiesTests: XCTestCase {
    private static let examiner = try! CanaryVault(examinerKeys: RegistryFixture.vault.examinerKeys)

    /// Keys as the matcher would give them (the registry only files what it is handed).
    private static func keys(_ sequence: Int) -> [String] {
        ["p:" + String(format: "1380000%04d", sequence), "n:测试\(sequence)"]
    }

    private func plant(_ registry: Registry, count: Int = 12) throws -> [Canary] {
        var canaries = try registry.recordPlant(actor: "planter") { first, _ in
            (RegistryFixture.plant(id: "p0", count: count / 2), (first..<(first + count / 2)).map {
                var draft = RegistryFixture.canary($0, plantID: "p0")
                draft.unlockKeys = Self.keys($0)
                return draft
            })
        }
        canaries += try registry.recordPlant(actor: "planter", count: count / 2) { _ in RegistryFixture.plant(id: "p1", count: count / 2) } canary: { sequence, _ in
            var draft = RegistryFixture.canary(sequence, plantID: "p1")
            draft.unlockKeys = Self.keys(sequence)
            return draft
        }
        return canaries
    }

    private func examinerRegistry(_ fixture: RegistryFixture) throws -> Registry {
        try Registry.open(at: fixture.path).unlocked(with: Self.examiner)
    }

    func testAnExaminerOpensOnlyTheCanariesItsKeysLeadTo() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let planted = try plant(fixture.registry)
        let registry = try examinerRegistry(fixture)

        // By phone (both insert paths) and by name; the opened canary equals the planter's.
        let byPhone = try registry.unlockedCanaries(keys: [Self.keys(2)[0], Self.keys(8)[0]])
        XCTAssertEqual(byPhone, [planted[2], planted[8]])
        XCTAssertEqual(try registry.unlockedCanaries(keys: [Self.keys(5)[1]]), [planted[5]])
        // A key no canary has opens nothing; nor does a planted key in another field's spelling.
        XCTAssertEqual(try registry.unlockedCanaries(keys: ["p:13900000000", "n:13800000002"]), [])

        // The whole table stays shut, and so does anything needing the planter's keys.
        XCTAssertThrowsError(try registry.canaries()) { error in
            XCTAssertTrue(String(describing: error).contains("planter"), "\(error)")
        }
        XCTAssertThrowsError(try registry.canaryCandidates(phone: planted[0].person.phone, name: "", address: "", maskedKey: nil, viewKeys: []))
        XCTAssertThrowsError(try registry.recordPlant(actor: "examiner", count: 1) { _ in RegistryFixture.plant(id: "p9", count: 1) } canary: { sequence, _ in
            RegistryFixture.canary(sequence, plantID: "p9")
        })
        XCTAssertEqual(try fixture.reopened().canaryCount(), 12, "the refused plant left nothing behind")
        XCTAssertThrowsError(try registry.sealProblems())
    }

    func testPlacementFactsNeedNoKey() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let planted = try plant(fixture.registry)
        let facts = try Registry.open(at: fixture.path).plantedCanaries()
        XCTAssertEqual(facts.map(\.id), planted.map(\.id))
        XCTAssertEqual(facts.map(\.visibility), planted.map(\.visibility))
        XCTAssertEqual(facts.map(\.plantedAt), planted.map(\.plantedAt))
    }

    func testHitsWrittenByEitherRoleOpenForBoth() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let planted = try plant(fixture.registry)
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let hit = Hit(file: "seized.csv", record: 3, canary: planted[1].id, entity: "branch-1", score: 30,
                      fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
                      planted: PlantedValues(name: planted[1].person.name, phone: planted[1].person.phone, address: planted[1].person.address, at: at),
                      seen: "seized line")
        let attribution = Attribution(sources: ["branch-1"], ranking: [], window: LeakWindow(after: at, before: nil), prior: "uniform", coverageModel: "uniform")
        let examiner = try examinerRegistry(fixture)
        try examiner.saveCase(StoredCase(name: "by-examiner", examiner: "E", matchedAt: at, evidence: [], hits: [hit], attribution: attribution, counts: RecordCounts(rows: 1)))
        try fixture.registry.saveCase(StoredCase(name: "by-planter", examiner: "P", matchedAt: at, evidence: [], hits: [hit], attribution: attribution, counts: RecordCounts(rows: 1)))
        for name in ["by-examiner", "by-planter"] {
            XCTAssertEqual(try examiner.loadCase(name).hits, [hit])
            XCTAssertEqual(try fixture.reopened().loadCase(name).hits, [hit])
        }
        XCTAssertEqual(try fixture.reopened().sealProblems(), [])
    }

    func testAWrongExaminerKeyAndAMovedCopyAreRefused() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try plant(fixture.registry)
        let stranger = try CanaryVault(examinerKeys: Array(repeating: 7, count: 64))
        XCTAssertThrowsError(try Registry.open(at: fixture.path).unlocked(with: stranger)) { error in
            XCTAssertTrue(String(describing: error).contains("does not belong"), "\(error)")
        }
        // Canary 3's copy moved onto canary 4's row: the copy no longer opens (its sequence is sealed in).
        let queue = try DatabaseQueue(path: fixture.path)
        let tag = Self.examiner.unlockTag(Self.keys(3)[0])
        try queue.write { db in try db.execute(sql: "UPDATE canary_unlock SET sequence = 4 WHERE tag = ?", arguments: [tag]) }
        XCTAssertThrowsError(try examinerRegistry(fixture).unlockedCanaries(keys: [Self.keys(3)[0]])) { error in
            XCTAssertTrue(String(describing: error).contains("does not open"), "\(error)")
        }
    }

    func testCanariesPlantedBeforeRolesGetTheirCopiesOnce() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let planted = try plant(fixture.registry)
        // As a registry from before roles: no copies, not marked complete.
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM canary_unlock")
            try db.execute(sql: "DELETE FROM registry_meta WHERE key = 'examiner_copies_complete'")
        }
        XCTAssertThrowsError(try examinerRegistry(fixture)) { error in
            XCTAssertTrue(String(describing: error).contains("no examiner copies"), "\(error)")
        }
        XCTAssertThrowsError(try examinerRegistry(fixture).addExaminerCopies { _ in [] })
        let planter = try fixture.reopened()
        XCTAssertFalse(try planter.hasExaminerCopies())
        try planter.addExaminerCopies { Self.keys($0.sequence) }
        XCTAssertTrue(try planter.hasExaminerCopies())
        XCTAssertEqual(try examinerRegistry(fixture).unlockedCanaries(keys: [Self.keys(7)[1]]), [planted[7]])
        XCTAssertEqual(try planter.auditEntries().last?.action, "examiner-copies")
        XCTAssertEqual(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canary_unlock") }, 24)
    }
}
