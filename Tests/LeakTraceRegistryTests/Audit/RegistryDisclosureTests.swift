import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryDisclosureTests: XCTestCase {
    private func planted(_ count: Int) throws -> RegistryFixture {
        let fixture = try RegistryFixture()
        for index in 0..<count {
            _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
                (RegistryFixture.plant(id: "p\(index)", count: 1), [RegistryFixture.canary(first, plantID: "p\(index)")])
            }
        }
        return fixture
    }

    func testDisclosureBurnsNamesTheCaseAndIsAudited() throws {
        let fixture = try planted(4)
        defer { fixture.remove() }
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        try fixture.registry.recordDisclosure(caseName: "2026-017", canaryIDs: ["c000002", "c000000", "c000002"], actor: "analyst", at: at)
        try fixture.registry.recordDisclosure(caseName: "2026-020", canaryIDs: ["c000002"], actor: "analyst", at: at.addingTimeInterval(60))

        let burned = try fixture.registry.burnedCanaries()
        XCTAssertEqual(burned.map(\.id), ["c000000", "c000002"])
        XCTAssertEqual(burned[0].cases, ["2026-017"])
        XCTAssertEqual(burned[1].cases, ["2026-017", "2026-020"], "earliest disclosure first")
        XCTAssertEqual(burned[1].disclosedAt, at)
        XCTAssertEqual(burned[0].placement, .entity("branch-1"))
        XCTAssertEqual(try fixture.registry.burnedCanaryIDs(), ["c000000", "c000002"])

        let last = try XCTUnwrap(fixture.registry.auditEntries().last)
        XCTAssertEqual(last.action, "burn")
        XCTAssertTrue(last.detail.contains("case 2026-020") && last.detail.hasSuffix("c000002"), last.detail)
        XCTAssertEqual(try fixture.registry.verifyAuditLog(), [])
    }

    func testUnknownCanaryIsRefusedAndNothingIsBurned() throws {
        let fixture = try planted(2)
        defer { fixture.remove() }
        XCTAssertThrowsError(try fixture.registry.recordDisclosure(caseName: "x", canaryIDs: ["c000001", "c999999"], actor: "a"))
        XCTAssertEqual(try fixture.registry.burnedCanaries(), [])
    }

    func testCanaryBurnedTheOldWayNamesTheCasesThatHitIt() throws {
        let fixture = try planted(2)
        defer { fixture.remove() }
        let hit = Hit(file: "seized/list.csv", record: 1, canary: "c000001", entity: "branch-1", score: 30,
                      fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
                      planted: PlantedValues(name: "测试1", phone: "13800000001", address: "测试", at: Date(timeIntervalSince1970: 1_790_000_000)),
                      seen: "测试1,13800000001")
        try fixture.registry.saveCase(StoredCase(
            name: "old-case", examiner: "e", matchedAt: Date(timeIntervalSince1970: 1_791_000_000), evidence: [], hits: [hit],
            attribution: Attribution(sources: [], ranking: [], window: LeakWindow(after: nil, before: nil), prior: "p", coverageModel: "c"),
            counts: RecordCounts()))
        try fixture.registry.burn(canaryIDs: ["c000001"], actor: "a", reason: "disclosed")
        let burned = try fixture.registry.burnedCanaries()
        XCTAssertEqual(burned.map(\.id), ["c000001"])
        XCTAssertEqual(burned[0].cases, ["old-case"])
        XCTAssertNil(burned[0].disclosedAt)
    }
}
