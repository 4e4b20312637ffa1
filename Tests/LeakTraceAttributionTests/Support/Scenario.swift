import Foundation
import LeakTraceAttribution
import LeakTraceCore

/// Builds synthetic canary exposures: ids, visibility sets and plant days only, no personal data.
struct Scenario {
    private(set) var exposures: [CanaryExposure] = []

    /// Midnight UTC of day n of the synthetic campaign.
    static func day(_ n: Int) -> Date {
        Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 86_400)
    }

    /// Plants `count` canaries named `prefix-00`, `prefix-01`…, the i-th on day `firstDay + i`.
    @discardableResult
    mutating func plant(_ count: Int, prefix: String, visibleTo: Set<EntityID>, firstDay: Int = 1, sameDay: Bool = false, chance: Double = 1e-6) -> [String] {
        (0..<count).map { i in
            let id = String(format: "%@-%02d", prefix, i)
            exposures.append(CanaryExposure(
                id: id, visibility: visibleTo, plantedAt: Self.day(sameDay ? firstDay : firstDay + i),
                found: false, chanceMatch: chance))
            return id
        }
    }

    mutating func find(_ ids: [String]) {
        let wanted = Set(ids)
        for i in exposures.indices where wanted.contains(exposures[i].id) { exposures[i].found = true }
    }

    func exposure(_ id: String) -> CanaryExposure { exposures.first { $0.id == id }! }
}
