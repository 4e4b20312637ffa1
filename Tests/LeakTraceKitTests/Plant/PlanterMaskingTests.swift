import Foundation
import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceKit

final class PlanterMaskingTests: XCTestCase {
    /// Counts records that share a key with an earlier one.
    private func collisions(_ canaries: [Canary], _ view: MaskView) -> Int {
        canaries.count - Set(canaries.map { view.key(for: $0.person) }).count
    }

    func testPoolCanariesStayUniqueUnderEveryMask() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        // Many canaries on a handful of numbers: the phone tells them apart least.
        let pool = PlantFixture.pool(3)
        var all: [Canary] = []
        for (index, entity) in ["branch-1", "branch-2", "courier-hq"].enumerated() {
            all += try fixture.plant(.entity(EntityID(rawValue: entity)), count: 1_000, phones: .pool(pool), file: "\(index).csv").canaries
        }
        XCTAssertEqual(all.count, 3_000)
        for view in MaskView.allCases {
            XCTAssertEqual(collisions(all, view), 0, "collisions under \(view)")
        }
    }

    func testNoTwoCanariesAreOneTypoApartUnderTheCoarsestMask() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let canaries = try fixture.plant(.entity("branch-1"), count: 1_500, phones: .pool(PlantFixture.pool(1)), file: "b.csv").canaries
        let views = canaries.map { Array(MaskView.surnameOnly.key(for: $0.person).unicodeScalars) }
        // Brute force over every pair: what the index must have prevented.
        var tooClose = 0
        for i in 0..<views.count {
            for j in (i + 1)..<views.count where abs(views[i].count - views[j].count) <= 1 && EditDistance.isWithinOne(views[i], views[j]) {
                tooClose += 1
            }
        }
        XCTAssertEqual(tooClose, 0)
    }

    func testPlantedCanariesAreRedrawnAwayFromLookAlikes() throws {
        // A registry that already holds a canary's look-alike makes the planter skip that draw.
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let first = try fixture.plant(.entity("platform"), count: 1, file: "a.csv").canaries[0]
        // The next sequence's attempt 0, drawn by hand, is what the planter would take if free.
        let generator = CanaryGenerator()
        let secret = fixture.workspace.secret
        let next = generator.person(seed: secret.canarySeed(sequence: 1, attempt: 0), phone: .synthetic)
        XCTAssertNotEqual(next, first.person)
        let second = try fixture.plant(.entity("platform"), count: 1, file: "b.csv")
        XCTAssertEqual(second.canaries[0].person, next, "attempt 0 is free, so it is taken")
        XCTAssertEqual(second.redraws.total, 0)
    }

    func testRecordedCanariesReadBackExactlyAsPlanted() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let result = try fixture.plant(.path(["platform", "merchant-yiwu", "courier-hq", "branch-2"]), count: 50,
                                       phones: .pool(PlantFixture.pool(3)), file: "p.csv", at: try Timestamp.parse("2026-09-01T09:00:00+08:00"))
        XCTAssertEqual(try fixture.workspace.registry.canaries(plantID: result.plant.id), result.canaries)
        // The export prints order times as ChinaTime does.
        let lines = String(decoding: try Data(contentsOf: fixture.folder.file("p.csv")), as: UTF8.self).split(separator: "\r\n")
        for (line, canary) in zip(lines.dropFirst(), result.canaries) {
            XCTAssertEqual(line.split(separator: ",").last.map(String.init), ChinaTime.format(canary.order.orderedAt))
        }
    }
}
