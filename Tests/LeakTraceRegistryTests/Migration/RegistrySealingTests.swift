import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

/// A registry written before sealing existed is sealed the first time it is opened with its key,
/// and nothing of the old plaintext is left in the file.
final class RegistrySealingTests: XCTestCase {
    func testAPlaintextRegistryIsSealedOnFirstOpenWithItsKey() throws {
        let fixture = try RegistryFixture(sealed: false)
        defer { fixture.remove() }
        let canaries = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 6), (first..<(first + 6)).map {
                var draft = RegistryFixture.canary($0, plantID: "p0")
                draft.viewKeys = [Int64($0) + 500]
                return draft
            })
        }
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let hit = Hit(file: "seized/list.csv", record: 1, canary: canaries[0].id, entity: "branch-1", score: 30,
                      fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
                      planted: PlantedValues(name: canaries[0].person.name, phone: canaries[0].person.phone, address: canaries[0].person.address, at: at),
                      seen: "seen \(canaries[0].person.phone)")
        let stored = StoredCase(
            name: "old-case", examiner: "A", matchedAt: at, evidence: [], hits: [hit],
            attribution: Attribution(sources: ["branch-1"], ranking: [], window: LeakWindow(after: at, before: nil), prior: "uniform", coverageModel: "f"),
            counts: RecordCounts(rows: 1, canaryRows: 1))
        try fixture.registry.saveCase(stored)
        XCTAssertFalse(fixture.registry.sealsCanaries)
        let plaintextFile = try Data(contentsOf: URL(fileURLWithPath: fixture.path)) + ((try? Data(contentsOf: URL(fileURLWithPath: fixture.path + "-wal"))) ?? Data())
        XCTAssertNotNil(plaintextFile.range(of: Data(canaries[0].person.phone.utf8)), "the old form really is plaintext")

        let sealed = try fixture.reopened()
        XCTAssertTrue(sealed.sealsCanaries)
        XCTAssertEqual(try sealed.canaries(), canaries)
        XCTAssertEqual(try sealed.loadCase("old-case"), stored)
        XCTAssertEqual(try sealed.canaryCandidates(phone: nil, name: "", address: "", maskedKey: nil, viewKeys: [503]).map(\.id), [canaries[3].id],
                       "the view-key table was re-keyed")
        XCTAssertEqual(try sealed.verifyAuditLog(), [])
        XCTAssertEqual(try sealed.auditEntries().last?.action, "seal")
        XCTAssertEqual(try sealed.integrityCheck(), "ok")

        var onDisk = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: fixture.path + "-wal")) { onDisk += wal }
        for canary in canaries {
            // (The fixture's 2-character waybills would turn up in random bytes by chance; left out.)
            for secret in [canary.person.name, canary.person.phone, canary.person.address, "key-\(canary.sequence)"] {
                XCTAssertNil(onDisk.range(of: Data(secret.utf8)), "\(secret) survived sealing somewhere in the file")
            }
        }
        // Opening again neither re-seals nor logs again.
        let entries = try sealed.auditEntries().count
        XCTAssertEqual(try fixture.reopened().canaries(), canaries)
        XCTAssertEqual(try sealed.auditEntries().count, entries)
    }
}
