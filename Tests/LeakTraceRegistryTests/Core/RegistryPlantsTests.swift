import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryPlantsTests: XCTestCase {
    func testPlantRoundTripsCanariesExactly() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        var drafted: [CanaryDraft] = []
        let stored = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            drafted = (first..<(first + 3)).map { RegistryFixture.canary($0, plantID: "p000000", placement: .path(["platform", "merchant"])) }
            return (RegistryFixture.plant(id: "p000000", count: 3), drafted)
        }
        XCTAssertEqual(stored, drafted.map(\.canary))
        XCTAssertEqual(stored[0].visibility, ["platform", "merchant"])
        XCTAssertEqual(try fixture.registry.plants().first?.status, .recorded)
    }

    func testSequencesContinueAcrossPlants() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        var firsts: [Int] = []
        for plant in 0..<3 {
            _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
                firsts.append(first)
                let id = "p\(plant)"
                return (RegistryFixture.plant(id: id, count: 5), (first..<(first + 5)).map { RegistryFixture.canary($0, plantID: id) })
            }
        }
        XCTAssertEqual(firsts, [0, 5, 10])
        XCTAssertEqual(try fixture.registry.canaryCount(), 15)
    }

    func testUniquenessProbeSeesEarlierPlants() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 1), [RegistryFixture.canary(first, plantID: "p0")])
        }
        var answers: [Bool] = []
        _ = try fixture.registry.recordPlant(actor: "tester") { first, isTaken in
            answers = [try isTaken("key-0"), try isTaken("key-999")]
            return (RegistryFixture.plant(id: "p1", count: 1), [RegistryFixture.canary(first, plantID: "p1")])
        }
        XCTAssertEqual(answers, [true, false])
    }

    func testFailedPlantLeavesRegistryUnchanged() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 1), [RegistryFixture.canary(first, plantID: "p0")])
        }
        let auditBefore = try fixture.registry.auditEntries().count
        // A duplicate masked key violates the UNIQUE index half-way through: nothing of the plant may remain.
        XCTAssertThrowsError(try fixture.registry.recordPlant(actor: "tester") { first, _ in
            var clash = RegistryFixture.canary(first + 1, plantID: "p1")
            clash.maskedKey = "key-0"
            return (RegistryFixture.plant(id: "p1", count: 2), [RegistryFixture.canary(first, plantID: "p1"), clash])
        })
        XCTAssertEqual(try fixture.registry.canaryCount(), 1)
        XCTAssertEqual(try fixture.registry.plants().map(\.id), ["p0"])
        XCTAssertEqual(try fixture.registry.auditEntries().count, auditBefore)
        XCTAssertEqual(try fixture.registry.integrityCheck(), "ok")
    }

    func testMarkExportedAndBurn() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 2), [RegistryFixture.canary(first, plantID: "p0"), RegistryFixture.canary(first + 1, plantID: "p0")])
        }
        try fixture.registry.markExported(plantID: "p0", path: "/tmp/x.csv", sha256: "abc", actor: "tester")
        let plant = try XCTUnwrap(fixture.registry.plants().first)
        XCTAssertEqual(plant.status, .exported)
        XCTAssertEqual(plant.exportSHA256, "abc")
        XCTAssertThrowsError(try fixture.registry.markExported(plantID: "nope", path: "x", sha256: "y", actor: "tester"))
        try fixture.registry.burn(canaryIDs: ["c000001"], actor: "tester", reason: "test")
        XCTAssertEqual(try fixture.registry.burnedCanaryIDs(), ["c000001"])
    }
}
