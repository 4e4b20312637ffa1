import Foundation
import LeakTraceCore
import LeakTraceGeneration
import LeakTraceRegistry
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
        let secret = try fixture.workspace.secret
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

    /// Records, as an earlier plant, `lookAlike` of what the planter's next draw (sequence 1, attempt 0)
    /// would be, then plants one canary: the planter must see it through the index and move on.
    private func plantNextTo(_ makeLookAlike: (PersonRecord) -> PersonRecord) throws -> (PlantResult, expected: PersonRecord, RedrawCounts) {
        let fixture = try PlantFixture("lookalike")
        defer { fixture.folder.remove() }
        let generator = CanaryGenerator()
        let secret = try fixture.workspace.secret
        let (next, nextAddress) = generator.draw(seed: secret.canarySeed(sequence: 1, attempt: 0), phone: .synthetic)
        let lookAlike = makeLookAlike(next)
        XCTAssertNotEqual(lookAlike, next)
        let at = try Timestamp.parse("2026-09-01T09:00:00+08:00")
        _ = try fixture.workspace.registry.recordPlant(actor: "tester", count: 1) { first in
            XCTAssertEqual(first, 0)
            return Plant(id: "p000000", placement: .entity("platform"), plantedAt: at, recordedAt: at, count: 1,
                         phoneOrigin: .synthetic, operatorName: "tester", status: .recorded)
        } canary: { sequence, _ in
            let keys = CanaryViewKeys(person: lookAlike, localityLength: nextAddress.locality.count)
            let canary = Canary(id: Canary.id(forSequence: sequence), sequence: sequence, person: lookAlike,
                                order: generator.order(seed: secret.orderSeed(sequence: sequence), plantedAt: at), phoneOrigin: .synthetic,
                                placement: .entity("platform"), visibility: ["platform"], plantedAt: at, plantID: "p000000")
            return CanaryDraft(canary: canary, maskedKey: keys.maskedKey, viewKeys: keys.viewHashes, nearKeys: keys.nearHashes)
        }
        let result = try fixture.plant(.entity("branch-1"), count: 1, file: "b.csv")
        let expected = generator.person(seed: secret.canarySeed(sequence: 1, attempt: 1), phone: .synthetic)
        return (result, expected, result.redraws)
    }

    func testADrawWithTheSameWaybillViewAsAnEarlierCanaryIsRedrawn() throws {
        // Same person in another flat: identical on a GB/T 41833 waybill.
        let (result, expected, redraws) = try plantNextTo { person in
            PersonRecord(name: person.name, phone: person.phone, address: AddressMasking.removingUnitAndRoom(person.address) + "99单元9901室")
        }
        XCTAssertEqual(redraws.maskedKey, 1)
        XCTAssertEqual(redraws.total, 1)
        XCTAssertEqual(result.canaries[0].person, expected, "attempt 1 is taken")
    }

    func testADrawThatOnlyAVirtualNumberListWouldConfuseIsRedrawn() throws {
        // Another last phone digit: distinct on a GB/T waybill, identical where the phone is a virtual number.
        let (_, expected, redraws) = try plantNextTo { person in
            var digits = Array(person.phone)
            digits[10] = digits[10] == "9" ? "0" : Character(String(digits[10].wholeNumberValue! + 1))
            return PersonRecord(name: person.name, phone: String(digits), address: person.address)
        }
        XCTAssertEqual(redraws.maskedKey, 0)
        XCTAssertEqual(redraws.otherView, 1)
        XCTAssertEqual(redraws.total, 1)
        XCTAssertNotEqual(expected.name + expected.address, "")
    }

    func testADrawOneTypoFromAnEarlierCanaryIsRedrawn() throws {
        // One digit of the address changed (a house or room number): one keystroke from the draw.
        let (_, _, redraws) = try plantNextTo { person in
            var characters = Array(person.address)
            let digit = try! XCTUnwrap(characters.firstIndex { $0.isNumber })
            characters[digit] = characters[digit] == "7" ? "8" : "7"
            return PersonRecord(name: person.name, phone: "13900000001", address: String(characters))
        }
        XCTAssertEqual(redraws.maskedKey, 0)
        XCTAssertEqual(redraws.otherView, 0)
        XCTAssertEqual(redraws.withinOneEdit, 1)
    }
}
