import LeakTraceCore

/// Everything `AttributionModel` computes: the `Attribution` a report shows, plus the figures behind it
/// that the investigative section may want (H_0's posterior, each entity's LR against H_0 alone).
///
/// ```swift
/// let analysis = model.analyze(exposures)
/// analysis.attribution.sources          // ["branch-2"]
/// analysis.log10LRAgainstNone["branch-2"]
/// ```
public struct AttributionAnalysis: Hashable, Sendable {
    public var attribution: Attribution
    /// log10 P(D|H_E) − log10 P(D|H_0) for every entity: the support against pure coincidence.
    public var log10LRAgainstNone: [EntityID: Double]
    /// Posterior of H_0, "the hits are all coincidences", under the same prior as the ranking.
    public var nonePosterior: Double
    /// Canaries that enter the likelihoods: planted no later than `window.after`.
    public var eligibleCanaries: Int
    /// Canaries planted after `window.after`, left out of the likelihoods (see `AttributionModel`).
    public var censoredCanaries: Int

    public init(
        attribution: Attribution, log10LRAgainstNone: [EntityID: Double], nonePosterior: Double,
        eligibleCanaries: Int, censoredCanaries: Int
    ) {
        self.attribution = attribution
        self.log10LRAgainstNone = log10LRAgainstNone
        self.nonePosterior = nonePosterior
        self.eligibleCanaries = eligibleCanaries
        self.censoredCanaries = censoredCanaries
    }
}
