import LeakTraceAttribution
import LeakTraceCore
import XCTest

final class LeakWindowEstimatorTests: XCTestCase {
    /// shop-a plants one canary a day for 30 days; the list carries all of days 1–20 and none later.
    func testHighCoverageBoundsTheLeakFromAbove() {
        var scenario = Scenario()
        let a = scenario.plant(30, prefix: "a", visibleTo: ["shop-a"])
        scenario.plant(30, prefix: "b", visibleTo: ["shop-b"])
        scenario.find(Array(a.prefix(20)))
        let window = AttributionModel(entities: ["shop-a", "shop-b"]).attribute(scenario.exposures).window

        XCTAssertEqual(window.after, Scenario.day(20))
        // Coverage posterior Beta(21, 1): 5% lower bound 0.05^(1/21) ≈ 0.867. Missing j later canaries
        // then has probability (1 − 0.867)^j, below 1% from j = 3, so the bound is the 3rd one: day 23.
        let low = pow(0.05, 1.0 / 21)
        let needed = Int((log(0.01) / log(1 - low)).rounded(.down)) + 1
        XCTAssertEqual(needed, 3)
        XCTAssertEqual(window.before, Scenario.day(20 + needed))
        XCTAssertTrue(window.beforeReason?.contains("most likely copied before") ?? false, window.beforeReason ?? "")
    }

    func testAStricterThresholdMovesTheBoundLater() {
        var scenario = Scenario()
        let a = scenario.plant(30, prefix: "a", visibleTo: ["shop-a"])
        scenario.find(Array(a.prefix(20)))
        var options = AttributionOptions.standard
        options.windowMissProbability = 1e-4
        let window = AttributionModel(entities: ["shop-a"], options: options).attribute(scenario.exposures).window
        let low = pow(0.05, 1.0 / 21)
        let needed = Int((log(1e-4) / log(1 - low)).rounded(.down)) + 1
        XCTAssertEqual(window.before, Scenario.day(20 + needed))
    }

    func testNoLaterPlantsMeansNoUpperBound() {
        var scenario = Scenario()
        let a = scenario.plant(10, prefix: "a", visibleTo: ["shop-a"])
        scenario.find(a)
        let window = AttributionModel(entities: ["shop-a"]).attribute(scenario.exposures).window
        XCTAssertEqual(window.after, Scenario.day(10))
        XCTAssertNil(window.before)
        XCTAssertTrue(window.beforeReason?.hasPrefix("No canary visible to shop-a was planted after") ?? false)
    }
}
