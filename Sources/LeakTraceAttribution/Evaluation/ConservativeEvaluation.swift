import Foundation
import LeakTraceCore

/// The likelihood ratios put to the court: the model's, weakened against its own assumptions as
/// `ConservativeAssumptions` describes, so that no figure rests on hits being independent, on exact
/// chance-match probabilities, or on a registry that cannot be wrong.
///
/// The model multiplies one factor per hit; fifty hits at 10^−12 each give an LR of 10^160+ that is
/// arithmetically right and forensically indefensible, because one shared cause (a batch exported in
/// one file, a forged registry entry) would make all fifty appear together. Here the exposures are
/// first re-read pessimistically (each plant batch one observation, every q inflated) and the same
/// single-source and source-set likelihoods recomputed; the result is then bounded by the chance that
/// the model's assumptions fail outright. A batch is recognised by what its canaries share, the
/// visibility set and the plant time, so two batches planted at the same place in the same second
/// merge, which only weakens the figure further.
///
/// ```swift
/// let evaluation = ConservativeEvaluation(entities: ids, exposures: exposures, options: .standard)
/// evaluation.log10LR(entity: 0, model: 166.3)   // ≈ 4.99: at most 10^5 under the standard assumptions
/// ```
struct ConservativeEvaluation {
    let options: AttributionOptions
    /// The exposures re-read pessimistically, arranged as the model reads them.
    let table: ExposureTable
    /// ln P(D|H_E) − ln P(D|H_0) of each entity on the pessimistic reading.
    private let logRatios: [Double]

    init(entities: [EntityID], exposures: [CanaryExposure], options: AttributionOptions) {
        self.options = options
        let assumptions = options.conservative
        let inflated = exposures.map { exposure -> CanaryExposure in
            var copy = exposure
            copy.chanceMatch = min(max(exposure.chanceMatch, options.chanceFloor) * assumptions.chanceInflation, 1)
            return copy
        }
        let observations = assumptions.batchesDependent ? Self.batches(inflated) : inflated
        table = ExposureTable(entities: entities, exposures: observations, chanceFloor: options.chanceFloor)
        logRatios = entities.indices.map { [table, options] in
            table.coverageLikelihood($0).logMarginalRatio(prior: options.coveragePrior)
        }
    }

    /// Entity `e`'s conservative log10 LR against the best alternative, given the model's `model`.
    func log10LR(entity e: Int, model: Double) -> Double {
        var bestAlternative = 0.0  // H_0
        for other in logRatios.indices where other != e { bestAlternative = max(bestAlternative, logRatios[other]) }
        let weakened = (logRatios[e] - bestAlternative) / LogSpace.ln10
        return ConservativeAssumptions.nearerToOne(model, options.conservative.capped(weakened))
    }

    /// Each member of a source set with its conservative LR: the set with it against the set without
    /// it, on the pessimistic reading, then bounded.
    func members(_ members: [SourceMember]) -> [SourceMember] {
        let chosen = members.compactMap { table.entities.firstIndex(of: $0.entity) }.sorted()
        let whole = SourceSetFit(members: chosen, table: table).logRatio
        return members.map { member in
            var copy = member
            guard let e = table.entities.firstIndex(of: member.entity) else { return copy }
            let without = SourceSetFit(members: chosen.filter { $0 != e }, table: table).logRatio
            let weakened = (whole - without) / LogSpace.ln10
            copy.conservativeLog10LR = ConservativeAssumptions.nearerToOne(member.log10LR, options.conservative.capped(weakened))
            return copy
        }
    }

    /// One observation per plant batch: found when any of its canaries is, by chance when any of
    /// them could be, q = 1 − ∏(1 − q_t).
    static func batches(_ exposures: [CanaryExposure]) -> [CanaryExposure] {
        struct Key: Hashable {
            let visibility: [EntityID]
            let plantedAt: Date
        }
        var groups: [Key: [CanaryExposure]] = [:]
        for exposure in exposures {
            groups[Key(visibility: exposure.visibility.sorted(), plantedAt: exposure.plantedAt), default: []].append(exposure)
        }
        return groups.values.map { group in
            // Sorted so the sum is formed in one order every run: same inputs, same bits.
            let members = group.sorted { $0.id < $1.id }
            let logAbsent = members.reduce(0.0) { $0 + log1p(-min($1.chanceMatch, 1)) }
            return CanaryExposure(
                id: members[0].id, visibility: members[0].visibility, plantedAt: members[0].plantedAt,
                found: members.contains(where: \.found), chanceMatch: -expm1(logAbsent))
        }.sorted { $0.id < $1.id }
    }
}
