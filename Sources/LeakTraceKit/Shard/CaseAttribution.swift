import LeakTraceAttribution
import LeakTraceCore
import LeakTraceMatching
import LeakTraceRegistry

/// The attribution step of a case: which canaries were found, against every canary planted.
///
/// ```swift
/// let attribution = CaseAttribution(weights: .standard, options: .standard)
///     .attribute(planted: try registry.plantedCanaries(), found: ["c-1"], rows: 619_109, entities: pipeline.entityIDs)
/// ```
///
/// Shared by `match` and `merge` so that a case merged from shards is attributed by exactly the
/// code a single run uses: the only inputs are the found set and the total row count, both of
/// which shards can sum without loss.
public struct CaseAttribution: Sendable {
    public let weights: MatchWeights
    public let options: AttributionOptions

    public init(weights: MatchWeights = .standard, options: AttributionOptions = .standard) {
        self.weights = weights
        self.options = options
    }

    /// From the placement facts alone, which need no key: an examiner's match, which opens only
    /// some canaries, still weighs what it found against every canary planted.
    public func attribute(planted: [PlantedCanary], found: Set<String>, rows: Int, entities: [EntityID]) -> Attribution {
        // A list's size sets how likely an unrelated person agrees with a canary by chance.
        let chance = weights.chanceMatchProbability(listSize: max(rows, 1))
        let exposures = planted.map {
            CanaryExposure(id: $0.id, visibility: $0.visibility, plantedAt: $0.plantedAt, found: found.contains($0.id), chanceMatch: chance)
        }
        return AttributionModel(entities: entities, options: options).attribute(exposures)
    }
}
