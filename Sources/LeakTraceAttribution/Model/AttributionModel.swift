import Foundation
import LeakTraceCore

/// Names the entity (or entities) whose data a seized list derives from, says since when, and how sure.
///
/// **Hypotheses.** H_E, "the list derives from entity E's data", for every entity, and H_0, "it derives
/// from none of them; every hit is a coincidence".
///
/// **Likelihoods.** Under H_E a canary E can see is in the list with probability f + (1−f)q, where f is
/// E's coverage (the unknown share of its records the list carries) and q the canary's chance-match
/// probability; a canary E cannot see is there with probability q. Under H_0 every canary is there
/// with probability q. Coverage has a Beta prior (uniform by default) and is integrated out exactly
/// (`CoverageLikelihood`); the maximum-likelihood coverage is reported as `coverage`. All arithmetic
/// is in natural logs, so LRs of 10^14 and far beyond stay exact.
///
/// **Time.** Only canaries planted before the copy can be in it. The latest plant among the hits
/// dates the list (`window.after`); canaries planted after that are left out of every likelihood,
/// because their absence may mean only that the list is older than they are. This is the cautious
/// choice: it never counts a missing late canary against anyone. The same late canaries bound the
/// copy's latest time (`window.before`), but only where the leaker's coverage is high enough that
/// missing them by chance is improbable (`LeakWindowEstimator`).
///
/// **Ranking.** Every entity, best first (highest likelihood; ties by entity id), with its posterior
/// under the stated prior (investigative: it depends on the prior) and log10 of the likelihood ratio
/// of H_E against the best alternative among all other hypotheses, H_0 included (evaluative: it does
/// not). Taking the best alternative rather than their prior-weighted mixture is the cautious choice
/// for the defence: no alternative is discounted for being thought unlikely.
///
/// **Sources.** A merged list may come from several entities; `SourceSetSearch` finds the smallest set
/// that explains the hits, each member with the LR of the set with it against the set without it.
///
/// **Limitations and cross-check.** `LimitationFinder` names entities no canary separates and absences
/// that prove little at the estimated coverage; `GuiltModel` gives Papadimitriou & Garcia-Molina's
/// guilt probabilities beside the main model.
///
/// **Conservative LRs.** Every LR also gets the figure put to the court (`conservativeLog10LR`):
/// plant batches counted as single observations, chance matches inflated, and the result bounded by
/// the chance that the assumptions below fail (`ConservativeEvaluation`, `ConservativeAssumptions`).
///
/// **Assumptions the LRs rest on.** Each canary is unique to its visibility set (no other way into
/// the list); q is right for the list's size; data a stage holds may flow on only along the declared
/// copy flows; and the registry that says who received which canary is intact.
///
/// ```swift
/// let model = AttributionModel(entities: pipeline.entityIDs)
/// let attribution = model.attribute(exposures)
/// attribution.sources          // ["branch-2"]
/// attribution.ranking[0]       // branch-2, log10LR 9.8, "extremely strong"
/// ```
public struct AttributionModel: Sendable {
    public let entities: [EntityID]
    public let options: AttributionOptions
    /// Known when built from a playbook: lets remedies account for copy flows.
    public let pipeline: Pipeline?

    public init(entities: [EntityID], options: AttributionOptions = .standard) {
        self.init(entities: entities, pipeline: nil, options: options)
    }

    /// Uses the pipeline's entities, and its copy flows when proposing plants that separate entities.
    public init(pipeline: Pipeline, options: AttributionOptions = .standard) {
        self.init(entities: pipeline.entityIDs, pipeline: pipeline, options: options)
    }

    private init(entities: [EntityID], pipeline: Pipeline?, options: AttributionOptions) {
        var seen = Set<EntityID>()
        self.entities = entities.filter { seen.insert($0).inserted }
        self.pipeline = pipeline
        self.options = options
    }

    public func attribute(_ exposures: [CanaryExposure]) -> Attribution {
        analyze(exposures).attribution
    }

    public func analyze(_ exposures: [CanaryExposure]) -> AttributionAnalysis {
        let table = ExposureTable(entities: entities, exposures: exposures, chanceFloor: options.chanceFloor)

        // Single-source hypotheses, as ln P(D|H_E) − ln P(D|H_0).
        let evidence = entities.indices.map(table.coverageLikelihood)
        let logRatios = evidence.map { $0.logMarginalRatio(prior: options.coveragePrior) }
        let prior = options.hypothesisPrior.logWeights(for: entities)
        let logJoint = entities.indices.map { prior.entities[$0] + logRatios[$0] }
        let logEvidence = LogSpace.addExp(LogSpace.sumExp(logJoint), prior.none)

        var ranking: [EntityHypothesis] = entities.indices.map { e in
            var bestAlternative = 0.0  // H_0
            for other in entities.indices where other != e { bestAlternative = max(bestAlternative, logRatios[other]) }
            return EntityHypothesis(
                entity: entities[e],
                posterior: exp(logJoint[e] - logEvidence),
                log10LR: (logRatios[e] - bestAlternative) / LogSpace.ln10,
                coverage: evidence[e].maximumLikelihoodCoverage,
                hits: evidence[e].foundChances.count,
                visible: evidence[e].visible)
        }
        // The court's figures: the same hypotheses on a pessimistic reading of the exposures, bounded.
        let conservative = ConservativeEvaluation(entities: entities, exposures: exposures, options: options)
        for index in ranking.indices {
            guard let e = entities.firstIndex(of: ranking[index].entity) else { continue }
            ranking[index].conservativeLog10LR = conservative.log10LR(entity: e, model: ranking[index].log10LR)
        }
        ranking.sort { a, b in
            if abs(a.log10LR - b.log10LR) > 1e-9 { return a.log10LR > b.log10LR }
            return a.entity < b.entity
        }

        let sourceSet = conservative.members(SourceSetSearch(table: table, options: options).members())
        let sources = sourceSet.map(\.entity)
        let leader = sources.first.flatMap { entities.firstIndex(of: $0) }
        let window = LeakWindowEstimator(table: table, options: options).window(leader: leader)

        let leaderCoverage = leader.map { evidence[$0].maximumLikelihoodCoverage }
        let limitations = LimitationFinder(table: table, options: options, pipeline: pipeline)
            .limitations(coverage: leaderCoverage, coverageSource: leader.map { entities[$0] })

        let guilt = GuiltModel.estimates(
            agents: entities, leaked: table.foundIDs, holdings: table.holdings, p: options.guiltP)

        let attribution = Attribution(
            sources: sources, ranking: ranking, window: window, sourceSet: sourceSet, guilt: guilt,
            limitations: limitations,
            prior: options.hypothesisPrior.description(for: entities),
            coverageModel: coverageModelDescription, conservative: options.conservative)
        return AttributionAnalysis(
            attribution: attribution,
            log10LRAgainstNone: Dictionary(uniqueKeysWithValues: entities.indices.map { (entities[$0], logRatios[$0] / LogSpace.ln10) }),
            nonePosterior: exp(prior.none - logEvidence),
            eligibleCanaries: table.eligible.count,
            censoredCanaries: table.exposures.count - table.eligible.count)
    }

    private var coverageModelDescription: String {
        "Coverage f, the share of an entity's canaries the list carries, has a \(options.coveragePrior.description) prior "
            + "and is integrated out exactly for each single-source hypothesis; the coverage shown is its maximum-likelihood value. "
            + "Source sets use the maximum-likelihood coverage of each member, with a penalty of "
            + "\(String(format: "%g", options.sourcePenaltyLog10)) in log10 per added entity. "
            + "Canaries planted after the latest hit are left out, since the list may predate them."
    }
}
