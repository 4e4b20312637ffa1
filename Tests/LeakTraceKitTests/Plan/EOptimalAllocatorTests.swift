import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class EOptimalAllocatorTests: XCTestCase {
    func testBackgroundExampleGivesTheFakeToAgentTwo() {
        // R1 = {t1, t2}, R2 = {t1}, one fake object: agent 2 gains 0.5, agent 1 only 0.1667.
        let model = HoldingsModel(holdings: ["a1": ["t1", "t2"], "a2": ["t1"]], agents: ["a1", "a2"])
        var allocator = EOptimalAllocator(model: model)
        XCTAssertEqual(allocator.gain("a1"), 1.0 / 2 - 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(allocator.gain("a2"), 0.5, accuracy: 1e-12)
        let picks = allocator.allocate(1)
        XCTAssertEqual(picks.map(\.agent), ["a2"])
        XCTAssertEqual(picks[0].gain, 0.5, accuracy: 1e-12)
    }

    func testTheObjectiveIsTheSumOfRelativeOverlapsAndEachPickLowersIt() throws {
        let model = HoldingsModel(holdings: ["a1": ["t1", "t2"], "a2": ["t1", "t3"], "a3": ["t1"]], agents: ["a1", "a2", "a3"])
        // |R1∩R2| = |R1∩R3| = |R2∩R3| = 1: F = 2/2 + 2/2 + 2/1 = 4.
        XCTAssertEqual(model.objective, 4, accuracy: 1e-12)
        var allocator = EOptimalAllocator(model: model)
        for _ in 0..<10 {
            let before = allocator.model.objective
            let best = ["a1", "a2", "a3"].map { allocator.gain(EntityID(rawValue: $0)) }.max()!
            let pick = try XCTUnwrap(allocator.allocate(1).first)
            XCTAssertEqual(pick.gain, best, accuracy: 1e-12, "the pick had the largest gain")
            XCTAssertEqual(before - allocator.model.objective, pick.gain, accuracy: 1e-12)
        }
        XCTAssertEqual(allocator.model.sizes.values.reduce(0, +), 2 + 2 + 1 + 10)
    }

    func testAgentsWithoutOverlapGetNothing() {
        var allocator = EOptimalAllocator(model: HoldingsModel(holdings: ["a1": ["t1"], "a2": ["t2"]], agents: ["a1", "a2"]))
        XCTAssertTrue(allocator.allocate(5).isEmpty)
    }
}
