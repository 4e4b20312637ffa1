import Foundation
import GRDB
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

/// `canaryPeople()` is the match's fast load: raw rows, opened in parallel chunks, order never
/// decoded. It must give exactly what `canaries()` gives, in the same order, and refuse what it refuses.
final class RegistryCanaryPeopleTests: XCTestCase {
    /// More canaries than one chunk of the parallel opening (2,048), in two plants.
    private func plant(_ registry: Registry, count: Int) throws {
        for (plantID, range) in [("p0", 0..<count / 2), ("p1", count / 2..<count)] {
            _ = try registry.recordPlant(actor: "tester") { first, _ in
                (RegistryFixture.plant(id: plantID, count: range.count),
                 (first..<(first + range.count)).map { RegistryFixture.canary($0, plantID: plantID) })
            }
        }
    }

    func testPeopleAreTheCanariesPersonsInSequenceOrderSealedOrNot() throws {
        for (sealed, count) in [(true, 5_000), (false, 30)] {
            let fixture = try RegistryFixture(sealed: sealed)
            defer { fixture.remove() }
            try plant(fixture.registry, count: count)
            let registry = sealed ? try fixture.reopened() : fixture.registry
            let canaries = try registry.canaries()
            let people = try registry.canaryPeople()
            XCTAssertEqual(people.count, count)
            XCTAssertEqual(people.map(\.id), canaries.map(\.id), "sealed \(sealed)")
            XCTAssertEqual(people.map(\.person), canaries.map(\.person), "sealed \(sealed)")
            for probe in [canaries[0], canaries[count / 2], canaries[count - 1]] {
                XCTAssertEqual(try registry.canary(id: probe.id), probe)
            }
            XCTAssertNil(try registry.canary(id: "no-such-canary"))
            let planted = try registry.plantedCanaries()
            XCTAssertEqual(planted, canaries.map { PlantedCanary(id: $0.id, placement: $0.placement, visibility: $0.visibility, plantedAt: $0.plantedAt) })
        }
    }

    func testAMovedCiphertextOrAMissingKeyIsRefused() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try plant(fixture.registry, count: 3_000)
        // The row past the first chunk, so the refusal comes from a worker, not the first chunk.
        let raw = try DatabaseQueue(path: fixture.path)
        try raw.write { db in
            try db.execute(sql: "UPDATE canary SET sealed = (SELECT sealed FROM canary WHERE sequence = 1) WHERE sequence = 2500")
        }
        XCTAssertThrowsError(try fixture.reopened().canaryPeople()) { error in
            XCTAssertTrue(String(describing: error).contains("altered or moved"), String(describing: error))
        }
        XCTAssertThrowsError(try Registry.open(at: fixture.path).canaryPeople()) { error in
            XCTAssertTrue(String(describing: error).contains("needs the registry key"), String(describing: error))
        }
    }

    private func cache(_ path: String) throws -> [Row] {
        try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT chunk, generation, count FROM canary_people_cache ORDER BY chunk") }
    }

    private func generation(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM registry_meta WHERE key = 'canary_generation'")! }
    }

    /// The first load writes the sealed cache; later loads read it; any change to `canary` (a plant,
    /// a roll-back, a burn, an edit with another tool) makes it stale and it is rebuilt, never read.
    func testTheCacheIsUsedWhileCurrentAndRebuiltAfterAnyChange() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        let registry = try fixture.reopened()
        let people = { try registry.canaryPeople(chunkSize: 2_048) }
        XCTAssertEqual(try people().count, 0)
        try plant(registry, count: 5_000)   // three chunks
        let byRows = try registry.canaries().map(\.person)
        let first = try people()
        XCTAssertEqual(first.map(\.person), byRows)
        let g = try generation(fixture.path)
        XCTAssertGreaterThanOrEqual(g, 5_000, "every insert bumps the generation")
        XCTAssertEqual(try cache(fixture.path).map { [$0[0], $0[1], $0[2]] as [Int] }, [[0, g, 2_048], [1, g, 2_048], [2, g, 5_000 - 4_096]])
        XCTAssertEqual(try people().map(\.id), first.map(\.id))
        XCTAssertEqual(try people().map(\.person), byRows)

        // The cache is what is read while current: a chunk moved to another row is refused, not skipped.
        var config = Configuration()
        config.foreignKeysEnabled = false   // another tool, deleting a canary row outright below
        let raw = try DatabaseQueue(path: fixture.path, configuration: config)
        try raw.write { db in try db.execute(sql: "UPDATE canary_people_cache SET sealed = (SELECT sealed FROM canary_people_cache WHERE chunk = 0) WHERE chunk = 1") }
        XCTAssertThrowsError(try people()) { error in
            XCTAssertTrue(String(describing: error).contains("altered or moved"), String(describing: error))
        }
        // A chunk relabelled as current does not open either: its generation is authenticated.
        try raw.write { db in try db.execute(sql: "DELETE FROM canary_people_cache") }
        _ = try people()
        try raw.write { db in
            try db.execute(sql: "UPDATE registry_meta SET value = CAST(value AS INTEGER) + 5 WHERE key = 'canary_generation'")
            try db.execute(sql: "UPDATE canary_people_cache SET generation = generation + 5")
        }
        XCTAssertThrowsError(try people())

        // An edit of `canary` with another tool bumps the generation through the triggers: rebuilt.
        try raw.write { db in try db.execute(sql: "DELETE FROM canary_people_cache") }
        _ = try people()
        try raw.write { db in try db.execute(sql: "DELETE FROM canary WHERE sequence = 5") }
        let afterDelete = try people()
        XCTAssertEqual(afterDelete.count, 4_999)
        XCTAssertFalse(afterDelete.contains { $0.id == Canary.id(forSequence: 5) })
        let rebuilt = try generation(fixture.path)
        XCTAssertEqual(try cache(fixture.path).map { $0[1] as Int }, [rebuilt, rebuilt, rebuilt])

        // A plant and a roll-back through LeakTrace: each seen at once.
        _ = try registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p2", count: 3), (first..<(first + 3)).map { RegistryFixture.canary($0, plantID: "p2") })
        }
        XCTAssertEqual(try people().count, 5_002)
        _ = try registry.rollBack(plantIDs: ["p2"], actor: "tester", reason: "test")
        XCTAssertEqual(try people().map(\.person), afterDelete.map(\.person))
    }
}
