import Foundation
import LeakTraceCore
import LeakTraceRegistry
import LeakTraceGeneration
import XCTest
@testable import LeakTraceKit

final class CampaignRunnerTests: XCTestCase {
    private let schedule = PlantSchedule(entries: [
        ScheduleEntry(placement: .entity("branch-1"), count: 4, timing: .every(days: 7, from: try! Timestamp.parse("2026-09-01T09:00:00+08:00"), until: nil)),
        ScheduleEntry(placement: .path(["platform", "merchant-yiwu", "courier-hq", "branch-1"]), count: 3,
                      timing: .at([try! Timestamp.parse("2026-09-10T10:00:00+08:00")]), format: .waybill, masked: true),
    ])

    func testRunningTwiceNeverPlantsASlotTwice() throws {
        let fixture = try PlantFixture("campaign")
        defer { fixture.folder.remove() }
        let runner = CampaignRunner(planter: Planter(workspace: fixture.workspace))
        let until = try Timestamp.parse("2026-09-16T00:00:00+08:00")
        let first = try runner.run(schedule, until: until, phones: .pool(PlantFixture.pool(20)), outputDirectory: fixture.folder.url, operatorName: "alice")
        XCTAssertEqual(first.count, 4)   // branch-1 on 1, 8 and 15 September, the path on 10 September
        let plants = try fixture.workspace.registry.plants()
        XCTAssertEqual(plants.count, 4)
        XCTAssertTrue(plants.allSatisfy { $0.operatorName == "alice" && $0.status == .exported })
        XCTAssertEqual(Set(plants.map(\.plantedAt)), Set(first.map(\.slot.due)))
        XCTAssertEqual(try fixture.workspace.registry.canaryCount(), 4 + 4 + 4 + 3)

        let again = try runner.run(schedule, until: until, phones: .pool(PlantFixture.pool(20)), outputDirectory: fixture.folder.url, operatorName: "bob")
        XCTAssertEqual(again.count, 4)
        for step in again {
            guard case .alreadyDone = step.outcome else { return XCTFail("slot \(step.slot.fileName) planted twice") }
        }
        XCTAssertEqual(try fixture.workspace.registry.canaryCount(), 15)

        // A later run carries out only what fell due since.
        let later = try runner.run(schedule, until: try Timestamp.parse("2026-09-23T00:00:00+08:00"), phones: .pool(PlantFixture.pool(20)),
                                   outputDirectory: fixture.folder.url, operatorName: "bob")
        let planted = later.filter { if case .planted = $0.outcome { return true } else { return false } }
        XCTAssertEqual(planted.map { Timestamp.format($0.slot.due) }, ["2026-09-22T01:00:00Z"])
        XCTAssertEqual(try fixture.workspace.registry.plants().last { $0.plantedAt == planted[0].slot.due }?.operatorName, "bob")
        let pathSlot = try XCTUnwrap(first.first { $0.slot.entryIndex == 1 })
        let waybill = String(decoding: try Data(contentsOf: fixture.folder.file(pathSlot.slot.fileName)), as: UTF8.self)
        XCTAssertTrue(waybill.hasPrefix("运单号,收件人,电话,地址,寄件人,内件"))
    }

    func testAnInterruptedSlotGetsItsExportWrittenAgain() throws {
        let fixture = try PlantFixture("campaign")
        defer { fixture.folder.remove() }
        let due = try Timestamp.parse("2026-09-01T09:00:00+08:00")
        // An interrupted run: the slot's plant and canaries are recorded, the export never written.
        let generator = CanaryGenerator()
        let secret = try fixture.workspace.secret
        let recorded = try fixture.workspace.registry.recordPlant(actor: "alice") { first, _ in
            let plant = Plant(id: "p000000", placement: .entity("branch-1"), plantedAt: due, recordedAt: due, count: 4,
                              phoneOrigin: .synthetic, operatorName: "alice", status: .recorded)
            let drafts = (first..<(first + 4)).map { sequence in
                let person = generator.person(seed: secret.canarySeed(sequence: sequence, attempt: 0), phone: .synthetic)
                let canary = Canary(id: Canary.id(forSequence: sequence), sequence: sequence, person: person,
                                    order: generator.order(seed: secret.orderSeed(sequence: sequence), plantedAt: due),
                                    phoneOrigin: .synthetic, placement: .entity("branch-1"), visibility: ["branch-1"], plantedAt: due, plantID: "p000000")
                return CanaryDraft(canary: canary, maskedKey: MaskedCollisionKey.key(for: person))
            }
            return (plant, drafts)
        }
        let runner = CampaignRunner(planter: Planter(workspace: fixture.workspace))
        let steps = try runner.run(schedule, until: try Timestamp.parse("2026-09-02T00:00:00+08:00"), phones: .synthetic,
                                   outputDirectory: fixture.folder.url, operatorName: "alice")
        XCTAssertEqual(steps.count, 1)
        guard case .exportedAgain(let result) = steps[0].outcome else { return XCTFail("expected the export to be written again") }
        XCTAssertEqual(result.plant.status, .exported)
        XCTAssertEqual(try fixture.workspace.registry.plants().map(\.status), [.exported])
        XCTAssertEqual(try fixture.workspace.registry.canaryCount(), 4, "nothing planted twice")
        let text = String(decoding: try Data(contentsOf: fixture.folder.file(steps[0].slot.fileName)), as: UTF8.self)
        for canary in recorded { XCTAssertTrue(text.contains(canary.person.address)) }
    }
}
