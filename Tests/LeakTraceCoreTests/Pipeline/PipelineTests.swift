import LeakTraceCore
import XCTest

final class PipelineTests: XCTestCase {
    let pipeline = Pipeline(
        name: "p",
        entities: [
            Entity(id: "platform", kind: .platform, name: "平台"), Entity(id: "merchant", kind: .merchant, name: "商家"),
            Entity(id: "hq", kind: .courier, name: "总部"), Entity(id: "branch-1", kind: .branch, name: "网点一"),
            Entity(id: "branch-2", kind: .branch, name: "网点二"),
        ],
        flows: [
            Flow(from: "platform", to: "merchant"), Flow(from: "merchant", to: "hq"), Flow(from: "hq", to: "branch-1"),
            Flow(from: "hq", to: "branch-2"), Flow(from: "branch-2", to: "hq", copy: true),
        ])

    func testVisibilityFollowsPlacementAndCopyFlows() {
        XCTAssertEqual(pipeline.visibility(of: .entity("branch-1")), ["branch-1"])
        XCTAssertEqual(pipeline.visibility(of: .entity("branch-2")), ["branch-2", "hq"], "copy flow: manifests synced to HQ")
        XCTAssertEqual(pipeline.visibility(of: .path(["platform", "merchant", "hq", "branch-1"])), ["platform", "merchant", "hq", "branch-1"])
    }

    func testPlacementValidation() {
        XCTAssertNoThrow(try pipeline.validate(.path(["platform", "merchant", "hq"])))
        XCTAssertThrowsError(try pipeline.validate(.path(["platform", "hq"]))) { XCTAssertTrue("\($0)".contains("no flow platform → hq")) }
        XCTAssertThrowsError(try pipeline.validate(.path(["hq"]))) { XCTAssertTrue("\($0)".contains("at least two")) }
        XCTAssertThrowsError(try pipeline.validate(.entity("branch-9"))) { XCTAssertTrue("\($0)".contains("unknown entity 'branch-9'")) }
    }

    func testPipelineValidation() {
        XCTAssertNoThrow(try pipeline.validate())
        var twice = pipeline
        twice.entities.append(Entity(id: "hq", kind: .courier, name: "x"))
        XCTAssertThrowsError(try twice.validate()) { XCTAssertTrue("\($0)".contains("defined twice")) }
        var loop = pipeline
        loop.flows.append(Flow(from: "hq", to: "hq"))
        XCTAssertThrowsError(try loop.validate())
        var dangling = pipeline
        dangling.flows.append(Flow(from: "hq", to: "branch-9"))
        XCTAssertThrowsError(try dangling.validate()) { XCTAssertTrue("\($0)".contains("branch-9")) }
    }

    func testPlacementLabelsRoundTrip() throws {
        XCTAssertEqual(try Placement(label: "branch-1"), .entity("branch-1"))
        XCTAssertEqual(try Placement(label: "platform,merchant"), .path(["platform", "merchant"]))
        XCTAssertEqual(Placement.path(["a", "b"]).label, "a,b")
        XCTAssertThrowsError(try Placement(label: "Branch 1"))
        XCTAssertThrowsError(try Placement(label: "a,,b"))
        XCTAssertEqual(Canary.id(forSequence: 42), "c000042")
        XCTAssertEqual(Canary.id(forSequence: 1_234_567), "c1234567")
    }
}
