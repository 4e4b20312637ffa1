import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceGeneration
import XCTest
@testable import LeakTraceKit

final class PlanterTests: XCTestCase {
    private func workspace(_ folder: TemporaryFolder, name: String = "r.db") throws -> Workspace {
        try Workspace.create(RegistryLocation(path: folder.path(name)), pipeline: PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in"))
    }

    func testPlantRecordsExportsAndMarksExported() throws {
        let folder = try TemporaryFolder("plant")
        defer { folder.remove() }
        let workspace = try workspace(folder)
        let at = try Timestamp.parse("2026-09-01T09:00:00+08:00")
        let result = try Planter(workspace: workspace).plant(PlantRequest(
            placement: .entity("branch-2"), count: 25, at: at, phones: .synthetic, output: folder.file("out.csv"), operatorName: "tester"))
        XCTAssertEqual(result.canaries.count, 25)
        XCTAssertEqual(result.plant.status, .exported)
        XCTAssertEqual(result.plant.plantedAt, at)
        XCTAssertTrue(result.canaries.allSatisfy { $0.visibility == ["branch-2"] && $0.phoneOrigin == .synthetic && $0.plantedAt == at })

        let stored = try XCTUnwrap(workspace.registry.plants().first)
        XCTAssertEqual(stored.status, .exported)
        XCTAssertEqual(stored.exportSHA256, result.exportSHA256)

        let data = try Data(contentsOf: folder.file("out.csv"))
        XCTAssertEqual(Digest.sha256Hex(data), result.exportSHA256)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\r\n")
        XCTAssertEqual(lines.first, "name,phone,address,order_id,waybill,item,amount,order_time")
        XCTAssertEqual(lines.count, 26)
        for (line, canary) in zip(lines.dropFirst(), result.canaries) {
            let cells = line.split(separator: ",").map(String.init)
            XCTAssertEqual(Array(cells.prefix(3)), [canary.person.name, canary.person.phone, canary.person.address])
            XCTAssertTrue(ChineseMobileNumberPlan.isValid(cells[1]))
            XCTAssertFalse(line.lowercased().contains("canary"), "nothing marks a row as a canary")
        }
    }

    func testSameSecretRederivesTheSameCanaries() throws {
        let folder = try TemporaryFolder("plant")
        defer { folder.remove() }
        let first = try workspace(folder, name: "a.db")
        // A second registry given the first one's key derives the same canaries for the same counter.
        try FileManager.default.removeItem(atPath: folder.path("a.db.key"))
        try first.secret.write(to: folder.path("a.db.key"))
        let pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")
        let copy = try Workspace.create(RegistryLocation(path: folder.path("b.db")), pipeline: pipeline)
        let twin = Workspace(location: copy.location, registry: copy.registry, secret: try first.secret)
        let at = try Timestamp.parse("2026-09-01T00:00:00Z")
        let a = try Planter(workspace: first).plant(PlantRequest(placement: .entity("platform"), count: 10, at: at, phones: .synthetic, output: folder.file("a.csv"), operatorName: "t"))
        let b = try Planter(workspace: twin).plant(PlantRequest(placement: .entity("platform"), count: 10, at: at, phones: .synthetic, output: folder.file("b.csv"), operatorName: "t"))
        XCTAssertEqual(a.canaries.map(\.person), b.canaries.map(\.person))
        XCTAssertEqual(a.canaries.map(\.order), b.canaries.map(\.order))
        XCTAssertEqual(try Data(contentsOf: folder.file("a.csv")), try Data(contentsOf: folder.file("b.csv")))
    }

    func testCanariesStayUniqueUnderMaskingAcrossPlants() throws {
        let folder = try TemporaryFolder("plant")
        defer { folder.remove() }
        let workspace = try workspace(folder)
        var all: [Canary] = []
        for (index, entity) in ["platform", "merchant-yiwu", "courier-hq", "branch-1"].enumerated() {
            all += try Planter(workspace: workspace).plant(PlantRequest(
                placement: .entity(EntityID(rawValue: entity)), count: 200, phones: .synthetic, output: folder.file("\(index).csv"), operatorName: "t")).canaries
        }
        XCTAssertEqual(Set(all.map { MaskedCollisionKey.key(for: $0.person) }).count, all.count)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count)
    }

    func testPoolPhonesAreUsedAndSharedCanariesStayDistinct() throws {
        let folder = try TemporaryFolder("plant")
        defer { folder.remove() }
        let workspace = try workspace(folder)
        let pool = (1...3).map { "1390000" + String(format: "%04d", $0) }
        let result = try Planter(workspace: workspace).plant(PlantRequest(
            placement: .entity("branch-1"), count: 60, phones: .pool(pool), output: folder.file("p.csv"), operatorName: "t"))
        XCTAssertTrue(result.canaries.allSatisfy { pool.contains($0.person.phone) && $0.phoneOrigin == .pool })
        XCTAssertEqual(Set(result.canaries.map { MaskedCollisionKey.key(for: $0.person) }).count, 60)
    }

    func testRefusals() throws {
        let folder = try TemporaryFolder("plant")
        defer { folder.remove() }
        let workspace = try workspace(folder)
        let planter = Planter(workspace: workspace)
        func refused(_ request: PlantRequest, _ expected: String) {
            XCTAssertThrowsError(try planter.plant(request)) { error in
                XCTAssertTrue(String(describing: error).contains(expected), "\(error) should mention \(expected)")
            }
        }
        refused(PlantRequest(placement: .entity("nowhere"), count: 1, phones: .synthetic, output: folder.file("x.csv"), operatorName: "t"), "unknown entity 'nowhere'")
        refused(PlantRequest(placement: .path(["platform", "branch-1"]), count: 1, phones: .synthetic, output: folder.file("x.csv"), operatorName: "t"), "no flow platform → branch-1")
        refused(PlantRequest(placement: .entity("platform"), count: 0, phones: .synthetic, output: folder.file("x.csv"), operatorName: "t"), "--count")
        refused(PlantRequest(placement: .entity("platform"), count: 1, phones: .synthetic, output: URL(fileURLWithPath: "/no/such/dir/x.csv"), operatorName: "t"), "does not exist")
        _ = try folder.write("taken.csv", "x")
        refused(PlantRequest(placement: .entity("platform"), count: 1, phones: .synthetic, output: folder.file("taken.csv"), operatorName: "t"), "never overwritten")
        XCTAssertEqual(try workspace.registry.canaryCount(), 0, "refused plants record nothing")
    }
}
