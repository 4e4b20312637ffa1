import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class PhonePoolAssignmentTests: XCTestCase {
    private let pipeline = try! PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")

    func testSlotsAreEntitiesThenCompletePaths() {
        let assignment = PhonePoolAssignment(pipeline: pipeline, pool: PlantFixture.pool(1))
        XCTAssertEqual(assignment.slots.count, 7 + 6)
        XCTAssertEqual(assignment.slots.first, .entity("platform"))
        XCTAssertTrue(assignment.slots.contains(.path(["platform", "merchant-shenzhen", "courier-hq", "branch-3"])))
    }

    func testALargePoolGivesEverySlotNumbersOfItsOwn() {
        let assignment = PhonePoolAssignment(pipeline: pipeline, pool: PlantFixture.pool(20))
        var owner: [String: Placement] = [:]
        for slot in assignment.slots {
            let numbers = assignment.numbers(for: slot)
            XCTAssertFalse(numbers.isEmpty)
            for number in numbers {
                XCTAssertNil(owner[number], "\(number) serves two slots")
                owner[number] = slot
            }
        }
        // A call to an entity's number names that entity alone.
        let branch = assignment.numbers(for: .entity("branch-2"))[0]
        XCTAssertEqual(assignment.suspects(of: branch), ["branch-2"])
    }

    func testWhenNumbersAreShortEntitiesKeepTheirOwnAndPathsShareTheRest() {
        let pool = PlantFixture.pool(9)
        let assignment = PhonePoolAssignment(pipeline: pipeline, pool: pool)
        for entity in pipeline.entityIDs {
            let numbers = assignment.numbers(for: .entity(entity))
            XCTAssertEqual(numbers.count, 1)
            // The bundled playbook copies branch-3's data to HQ: HQ holds branch-3's canaries too.
            let holders = pipeline.visibility(of: .entity(entity))
            XCTAssertEqual(Set(assignment.suspects(of: numbers[0])), holders, "a call to \(entity)'s number names its holders alone")
            XCTAssertEqual(holders.count, entity == "branch-3" ? 2 : 1, "\(entity): \(holders)")
        }
        let pathNumbers = Set(assignment.slots.filter { $0.entities.count > 1 }.flatMap(assignment.numbers(for:)))
        XCTAssertEqual(pathNumbers, Set(pool.suffix(2)), "paths share the two numbers left over")
    }

    func testATinyPoolIsUsedWholeAndIndependentOfFileOrder() {
        let pool = PlantFixture.pool(4)
        let assignment = PhonePoolAssignment(pipeline: pipeline, pool: pool)
        let shuffled = PhonePoolAssignment(pipeline: pipeline, pool: pool.reversed() + [pool[0]])
        for slot in assignment.slots {
            XCTAssertEqual(assignment.numbers(for: slot), shuffled.numbers(for: slot))
        }
        XCTAssertEqual(Set(assignment.slots.flatMap(assignment.numbers(for:))), Set(pool))
        // Seven entities on four numbers: no number serves more than two of them directly.
        for number in pool {
            XCTAssertLessThanOrEqual(assignment.placements(using: number).filter { $0.entities.count == 1 }.count, 2, number)
        }
    }

    func testAPartialPathJoinsWithoutMovingTheOthers() {
        let assignment = PhonePoolAssignment(pipeline: pipeline, pool: PlantFixture.pool(5))
        let partial = Placement.path(["platform", "merchant-yiwu"])
        let number = assignment.numbers(for: partial)
        XCTAssertEqual(number.count, 1)
        XCTAssertTrue(assignment.pool.contains(number[0]))
        XCTAssertEqual(assignment.numbers(for: .entity("platform")), PhonePoolAssignment(pipeline: pipeline, pool: PlantFixture.pool(5)).numbers(for: .entity("platform")))
    }

    func testThePlanterUsesTheAssignedNumbers() throws {
        let fixture = try PlantFixture()
        defer { fixture.folder.remove() }
        let pool = PlantFixture.pool(20)
        let result = try fixture.plant(.entity("branch-1"), count: 40, phones: .pool(pool), file: "b.csv")
        let assigned = Set(PhonePoolAssignment(pipeline: try fixture.workspace.registry.pipeline(), pool: pool).numbers(for: .entity("branch-1")))
        XCTAssertTrue(result.canaries.allSatisfy { assigned.contains($0.person.phone) })
    }
}
