import LeakTraceCore
import XCTest
@testable import LeakTraceKit

/// A worked example, by hand: R1 = {t1,t2,t3}, R2 = {t1,t2}, R3 = {t2,t4}, three fakes.
/// |R1∩R2| = 2, |R1∩R3| = |R2∩R3| = 1; relative overlaps r(i,j) = |Ri∩Rj|/|Ri|:
/// r12 = 2/3, r13 = 1/3, r21 = 1, r23 = 1/2, r31 = 1/2, r32 = 1/2 (sum 3.5, largest 1).
final class SMaxAllocatorTests: XCTestCase {
    private let agents: [EntityID] = ["a1", "a2", "a3"]
    private var model: HoldingsModel {
        HoldingsModel(holdings: ["a1": ["t1", "t2", "t3"], "a2": ["t1", "t2"], "a3": ["t2", "t4"]], agents: agents)
    }

    func testEOptimalOnTheWorkedExample() {
        // Gains (1/|Ri| − 1/(|Ri|+1))·Σj|Ri∩Rj|: a1 (1/3−1/4)·3 = 1/4, a2 (1/2−1/3)·3 = 1/2, a3 (1/2−1/3)·2 = 1/3 → a2.
        // Then a1 1/4, a2 (1/3−1/4)·3 = 1/4, a3 1/3 → a3. Then 1/4, 1/4, (1/3−1/4)·2 = 1/6 → a1 (first of the tie).
        var allocator = EOptimalAllocator(model: model)
        XCTAssertEqual(allocator.model.objective, 3.5, accuracy: 1e-12)
        let picks = allocator.allocate(3)
        XCTAssertEqual(picks.map(\.agent), ["a2", "a3", "a1"])
        XCTAssertEqual(picks.map(\.gain)[0], 1.0 / 2, accuracy: 1e-12)
        XCTAssertEqual(picks.map(\.gain)[1], 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(picks.map(\.gain)[2], 1.0 / 4, accuracy: 1e-12)
        // Sizes 4, 3, 3: 2/4+1/4 + 2/3+1/3 + 1/3+1/3 = 29/12; the largest overlap left is r21 = 2/3.
        XCTAssertEqual(allocator.model.objective, 29.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(picks.last!.objective, 29.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(SMaxAllocator(model: allocator.model).largestRelativeOverlap, 2.0 / 3, accuracy: 1e-12)
    }

    func testSMaxOnTheWorkedExample() {
        var allocator = SMaxAllocator(model: model)
        XCTAssertEqual(allocator.largestRelativeOverlap, 1, accuracy: 1e-12)
        // 1st: a1 leaves the largest at r21 = 1, a3 too; a2 brings it to 2/3 → a2.
        // 2nd: overlaps are 2/3, 2/3, 1/2, 1/2, 1/3, 1/3. a1 → 2/3, 1/2, 1/2, 1/2, 1/3, 1/4; a2 the same
        //      (tie, a1 is listed first); a3 → 2/3, 2/3, … → a1.
        // 3rd: a1 leaves r21 = 2/3, a3 too; a2 → all of 1/2, 1/2, 1/2, 1/2, 1/4, 1/4 → a2.
        let picks = allocator.allocate(3)
        XCTAssertEqual(picks.map(\.agent), ["a2", "a1", "a2"])
        // gain: the picked agent's own largest overlap, before minus after: 1 → 2/3, 2/3 → 2/4, 2/3 → 2/4.
        XCTAssertEqual(picks[0].gain, 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(picks[1].gain, 1.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(picks[2].gain, 1.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(picks.map(\.objective)[0], 2.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(picks.map(\.objective)[2], 1.0 / 2, accuracy: 1e-12)
        XCTAssertEqual(allocator.largestRelativeOverlap, 1.0 / 2, accuracy: 1e-12)
        // Sizes 4, 4, 2: 3/4 + 3/4 + 1 = 2.5, more than e-optimal's 29/12: each wins its own objective.
        XCTAssertEqual(allocator.model.objective, 2.5, accuracy: 1e-12)
        XCTAssertEqual(allocator.model.sizes, ["a1": 4, "a2": 4, "a3": 2])
    }

    func testACopyFlowPinsTheOverlapAndSMaxSpendsNothingThere() {
        // a2's data is copied to a1, so a fake at a2 is held by a1 too: r21 stays 1 whatever is planted.
        var allocator = SMaxAllocator(
            model: HoldingsModel(holdings: ["a1": ["t1", "t2"], "a2": ["t1"]], agents: ["a1", "a2"]),
            holders: ["a2": ["a2", "a1"]])
        let picks = allocator.allocate(4)
        // Only a1 can lower anything (r12 = 1/2 → 1/3 → … → 1/6); r21 = 1 is pinned and left out.
        XCTAssertEqual(picks.map(\.agent), ["a1", "a1", "a1", "a1"])
        XCTAssertEqual(allocator.largestRelativeOverlap, 1.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(allocator.model.exclusive(of: "a1", against: "a2"), 5)
        XCTAssertEqual(allocator.model.exclusive(of: "a2", against: "a1"), 0)
    }

    func testDisjointHoldingsGetNothingAndBothAllocatorsShareTheLoop() {
        for kind in AllocatorKind.allCases {
            var allocator = kind.make(model: HoldingsModel(holdings: ["a1": ["t1"], "a2": ["t2"]], agents: ["a1", "a2"]))
            XCTAssertTrue(allocator.allocate(5).isEmpty, kind.rawValue)
        }
        var viaProtocol = AllocatorKind.sMax.make(model: model)
        var direct = SMaxAllocator(model: model)
        let shared = viaProtocol.allocate(7)
        XCTAssertEqual(shared.count, 7)
        XCTAssertEqual(shared, direct.allocate(7))
        XCTAssertEqual(viaProtocol.model, direct.model)
    }
}
