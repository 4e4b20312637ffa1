import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

/// A copied `.db` file alone reveals no canary: the fields are sealed with AES-256-GCM and every
/// look-up key is an HMAC tag, yet planting, look-ups, cases and re-opening work as before.
final class CanaryVaultTests: XCTestCase {
    private func plantBothWays(_ registry: Registry) throws -> [Canary] {
        // The batch overload (CanaryRecord) and the per-canary one (CanaryInserter + CanaryProbe).
        var canaries = try registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 20), (first..<(first + 20)).map {
                var draft = RegistryFixture.canary($0, plantID: "p0")
                draft.viewKeys = [Int64($0) * 7 + 1]
                draft.nearKeys = [Int64($0 % 5) + 1_000]
                return draft
            })
        }
        canaries += try registry.recordPlant(actor: "tester", count: 20) { _ in RegistryFixture.plant(id: "p1", count: 20) } canary: { sequence, probe in
            XCTAssertFalse(try probe.isTaken(maskedKey: "key-\(sequence)"))
            var draft = RegistryFixture.canary(sequence, plantID: "p1")
            draft.viewKeys = [Int64(sequence) * 7 + 1]
            draft.nearKeys = [Int64(sequence % 5) + 1_000]
            return draft
        }
        return canaries
    }

    private func storedCase(hitting canaries: [Canary]) -> StoredCase {
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let hits = canaries.enumerated().map { index, canary in
            Hit(file: "seized/list.csv", record: index + 1, canary: canary.id, entity: "branch-1", score: 30,
                fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
                planted: PlantedValues(name: canary.person.name, phone: canary.person.phone, address: canary.person.address, at: at),
                seen: "\(canary.person.name),\(canary.person.phone),\(canary.person.address)")
        }
        let attribution = Attribution(
            sources: ["branch-1"], ranking: [EntityHypothesis(entity: "branch-1", posterior: 0.99, log10LR: 7.5, coverage: 0.4, hits: hits.count, visible: 40)],
            window: LeakWindow(after: at, before: nil), prior: "uniform", coverageModel: "uniform prior on f")
        return StoredCase(name: "case-1", examiner: "A", matchedAt: at, evidence: [], hits: hits, attribution: attribution,
                          counts: RecordCounts(rows: hits.count, canaryRows: hits.count))
    }

    /// Every secret value of every canary: what a broker would need to filter them out. The
    /// fixture's order ids are 2-3 ASCII characters, which random ciphertext contains by chance, so
    /// values shorter than 5 bytes are left out (real order ids and waybills are 12-20 digits).
    private func secrets(of canaries: [Canary]) -> [String] {
        (canaries.flatMap { [$0.person.name, $0.person.phone, $0.person.address, $0.order.orderID, $0.order.waybill, "key-\($0.sequence)"] }
            + ["测试商品"]).filter { $0.utf8.count >= 5 }
    }

    func testACopiedDatabaseFileHoldsNoCanaryPlaintextAnywhere() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let canaries = try plantBothWays(fixture.registry)
        try fixture.registry.saveCase(storedCase(hitting: Array(canaries.prefix(10))))
        XCTAssertEqual(try fixture.registry.loadCase("case-1").hits.map(\.planted.phone), canaries.prefix(10).map(\.person.phone))

        // The bytes on disk: the database, its WAL and shared memory, whatever SQLite left where.
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: fixture.path + suffix) {
            bytes += try Data(contentsOf: URL(fileURLWithPath: fixture.path + suffix))
        }
        XCTAssertGreaterThan(bytes.count, 4096)
        XCTAssertNotNil(bytes.range(of: Data("p0".utf8)), "the search does find what is stored in the clear")
        for secret in secrets(of: canaries) {
            XCTAssertNil(bytes.range(of: Data(secret.utf8)), "\(secret) is readable in the registry file")
        }

        // And through plain SQLite, as someone holding only the file would read it: every cell.
        var config = Configuration()
        config.readonly = true
        let plain = try DatabaseQueue(path: fixture.path, configuration: config)
        let cells: [String] = try plain.read { db in
            var cells: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    for value in row.databaseValues {
                        switch value.storage {
                        case .string(let text): cells.append(text)
                        case .blob(let blob): cells.append(String(decoding: blob, as: UTF8.self))
                        default: break
                        }
                    }
                }
            }
            return cells
        }
        XCTAssertTrue(cells.contains("p1"))
        let everything = cells.joined(separator: "\u{1}")
        for secret in secrets(of: canaries) {
            XCTAssertFalse(everything.contains(secret), "\(secret) is readable through SQLite")
        }
    }

    func testSealedCanariesRoundTripAndAreFoundByTheirTagsOnly() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let canaries = try plantBothWays(fixture.registry)
        let reopened = try fixture.reopened()
        XCTAssertEqual(try reopened.canaries(), canaries)
        XCTAssertEqual(try reopened.canaries(plantID: "p1"), Array(canaries.suffix(20)))

        let target = canaries[27]
        let byPhoneAndName = try reopened.canaryCandidates(phone: target.person.phone, name: target.person.name, address: "elsewhere", maskedKey: nil, viewKeys: [])
        XCTAssertEqual(byPhoneAndName, [target])
        XCTAssertEqual(try reopened.canaryCandidates(phone: target.person.phone, name: "别人", address: "别处", maskedKey: nil, viewKeys: []), [])
        XCTAssertEqual(try reopened.canaryCandidates(phone: nil, name: "", address: "", maskedKey: "key-27", viewKeys: []), [target])
        XCTAssertEqual(try reopened.canaryCandidates(phone: nil, name: "", address: "", maskedKey: nil, viewKeys: [27 * 7 + 1]), [target])

        // Uniqueness and look-alike probes see sealed canaries through the same tags.
        _ = try reopened.recordPlant(actor: "tester", count: 1) { _ in RegistryFixture.plant(id: "p2", count: 1) } canary: { sequence, probe in
            XCTAssertTrue(try probe.isTaken(maskedKey: "key-3"))
            XCTAssertTrue(try probe.isTaken(viewKeys: [3 * 7 + 1]))
            XCTAssertFalse(try probe.isTaken(viewKeys: [3 * 7 + 2]))
            let near = try probe.neighbours(nearKeys: [1_002])
            XCTAssertEqual(near, canaries.filter { $0.sequence % 5 == 2 }.map(\.person))
            return RegistryFixture.canary(sequence, plantID: "p2")
        }
        XCTAssertThrowsError(try reopened.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p3", count: 1), [RegistryFixture.canary(5, plantID: "p3")])
        }, "the UNIQUE masked key still refuses a second canary with the same waybill view")
    }

    func testWithoutTheKeyCountsReadButCanariesStaySealed() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let canaries = try plantBothWays(fixture.registry)
        try fixture.registry.saveCase(storedCase(hitting: Array(canaries.prefix(3))))
        let keyless = try Registry.open(at: fixture.path)
        XCTAssertTrue(keyless.sealsCanaries)
        XCTAssertEqual(try keyless.canaryCount(), 40)
        XCTAssertEqual(try keyless.plants().map(\.id), ["p0", "p1"])
        XCTAssertEqual(try keyless.canaryGroupCounts().map(\.live), [40])
        for attempt in [{ _ = try keyless.canaries() }, { _ = try keyless.loadCase("case-1") },
                        { _ = try keyless.canaryCandidates(phone: nil, name: "", address: "", maskedKey: "key-1", viewKeys: []) }] {
            XCTAssertThrowsError(try attempt()) { error in
                XCTAssertTrue(String(describing: error).contains("needs the registry key"), String(describing: error))
            }
        }
        XCTAssertThrowsError(try keyless.recordPlant(actor: "x") { first, _ in
            (RegistryFixture.plant(id: "p9", count: 1), [RegistryFixture.canary(first, plantID: "p9")])
        }, "no plaintext canary is ever written into a sealed registry")
        XCTAssertEqual(try keyless.canaryCount(), 40)
    }

    func testAnotherKeyIsRefusedAndAMovedCiphertextDoesNotOpen() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try plantBothWays(fixture.registry)
        let other = try CanaryVault(sealingKey: Array(101...132), indexKey: Array(33...64))
        XCTAssertThrowsError(try Registry.open(at: fixture.path, vault: other)) { error in
            XCTAssertTrue(String(describing: error).contains("this key does not open"), String(describing: error))
        }
        // An insider swaps two canaries' sealed fields to re-attribute a hit: GCM's AAD binds each to its id.
        let raw = try DatabaseQueue(path: fixture.path)
        try raw.write { db in
            try db.execute(sql: "UPDATE canary SET sealed = (SELECT sealed FROM canary WHERE sequence = 1) WHERE sequence = 0")
        }
        XCTAssertThrowsError(try fixture.reopened().canaries()) { error in
            XCTAssertTrue(String(describing: error).contains("altered or moved"), String(describing: error))
        }
    }

    func testTheVaultRefusesWeakKeysAndTagsAreKeyedAndSeparatedByField() throws {
        XCTAssertThrowsError(try CanaryVault(sealingKey: Array(1...16), indexKey: Array(33...64)))
        XCTAssertThrowsError(try CanaryVault(sealingKey: Array(1...32), indexKey: Array(1...32)))
        let indexer = try RegistryFixture.vault.indexer()
        let phone = indexer.tag("13800000001", field: .phone)
        XCTAssertEqual(phone.count, 32)
        XCTAssertEqual(phone, try RegistryFixture.vault.indexer().tag("13800000001", field: .phone), "same key, same tag")
        XCTAssertNotEqual(phone, indexer.tag("13800000001", field: .name))
        XCTAssertNotEqual(phone, try CanaryVault(sealingKey: Array(1...32), indexKey: Array(65...96)).indexer().tag("13800000001", field: .phone))
        XCTAssertNotEqual(indexer.tag(Int64(42), field: .viewKey), indexer.tag(Int64(42), field: .nearKey))
        XCTAssertNotEqual(indexer.tag(Int64(42), field: .viewKey), 42)
        XCTAssertNotEqual(RegistryFixture.vault.checkValue, other().checkValue)
    }

    private func other() -> CanaryVault {
        try! CanaryVault(sealingKey: Array(1...32), indexKey: Array(65...96))
    }
}
