import Foundation
import LeakTraceCore

/// The exposures arranged the way every part of the model reads them: sorted by canary id (so the
/// input's order cannot change a single bit of the output), chances clamped, and split at the time cut.
///
/// The time cut: the list carries a canary planted at `after` (the latest plant among the hits), so if
/// the hits are genuine the list was copied no earlier than that, and every canary planted by then
/// could be in it. A canary planted later may be missing only because the list predates it, so its
/// absence says nothing about coverage or about who leaked; it is left out of every likelihood and
/// used only to look for a `before` bound, where high coverage makes its absence telling. With no
/// hits nothing dates the list and no canary is left out.
struct ExposureTable {
    let entities: [EntityID]
    /// Sorted by id, chance clamped.
    let exposures: [CanaryExposure]
    /// The latest plant time among the hits.
    let after: Date?
    /// Indices of the exposures planted no later than `after` (all of them when nothing was found).
    let eligible: [Int]
    /// Per entity (same order as `entities`): indices of eligible, found exposures it can see.
    let hits: [[Int]]
    /// Per entity: how many eligible exposures it can see that are absent.
    let missed: [Int]

    init(entities: [EntityID], exposures: [CanaryExposure], chanceFloor: Double) {
        self.entities = entities
        let sorted = exposures.sorted { ($0.id, $0.plantedAt) < ($1.id, $1.plantedAt) }
        let clamped = sorted.map { exposure in
            var copy = exposure
            copy.chanceMatch = min(max(exposure.chanceMatch, chanceFloor), 1 - chanceFloor)
            return copy
        }
        self.exposures = clamped
        let after = clamped.filter(\.found).map(\.plantedAt).max()
        self.after = after
        let eligible = clamped.indices.filter { index in after.map { clamped[index].plantedAt <= $0 } ?? true }
        self.eligible = eligible
        var hits = [[Int]](repeating: [], count: entities.count)
        var missed = [Int](repeating: 0, count: entities.count)
        let position = Dictionary(entities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for index in eligible {
            let exposure = clamped[index]
            for holder in exposure.visibility {
                guard let e = position[holder] else { continue }
                if exposure.found { hits[e].append(index) } else { missed[e] += 1 }
            }
        }
        self.hits = hits
        self.missed = missed
    }

    func chance(_ index: Int) -> Double { exposures[index].chanceMatch }

    /// The single-source evidence about entity `e`.
    func coverageLikelihood(_ e: Int) -> CoverageLikelihood {
        CoverageLikelihood(foundChances: hits[e].map(chance), missed: missed[e])
    }

    var foundIDs: Set<String> { Set(exposures.filter(\.found).map(\.id)) }

    /// Every canary each entity holds, whenever planted: the guilt model's Ri.
    var holdings: [EntityID: Set<String>] {
        var table = Dictionary(uniqueKeysWithValues: entities.map { ($0, Set<String>()) })
        for exposure in exposures {
            for holder in exposure.visibility where table[holder] != nil { table[holder]!.insert(exposure.id) }
        }
        return table
    }
}
