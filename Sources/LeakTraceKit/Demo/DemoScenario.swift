import Foundation
import LeakTraceCore

/// The story `leaktrace demo` tells: three waves of plants over three months, and a branch whose
/// data leaks between the second and third wave.
///
/// Every entity gets direct plants in every wave, and test orders run along three order paths
/// (platform → merchant → HQ → branch). The leak carries about half of what the leaking branch held
/// before the leak, so the third wave's absence bounds the leak time from above.
public struct DemoScenario: Sendable {
    public struct Wave: Sendable {
        public var daysAgo: Int
        public var directPerEntity: Int
        public var perPath: Int
    }

    public var waves: [Wave]
    public var paths: [Placement]
    public var leakingEntity: EntityID
    public var leakDaysAgo: Int
    /// Fraction of the leaking entity's canaries (planted before the leak) that the list carries.
    public var coverage: Double
    public var records: Int

    public static func standard(records: Int) -> DemoScenario {
        DemoScenario(
            waves: [
                Wave(daysAgo: 90, directPerEntity: 40, perPath: 25),
                Wave(daysAgo: 45, directPerEntity: 30, perPath: 15),
                Wave(daysAgo: 10, directPerEntity: 20, perPath: 0),
            ],
            paths: [
                .path(["platform", "merchant-yiwu", "courier-hq", "branch-1"]),
                .path(["platform", "merchant-shenzhen", "courier-hq", "branch-2"]),
                .path(["platform", "merchant-yiwu", "courier-hq", "branch-3"]),
            ],
            leakingEntity: "branch-2", leakDaysAgo: 20, coverage: 0.5, records: records)
    }
}
