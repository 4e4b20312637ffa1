import LeakTraceCore

/// The knobs of `AttributionModel`, each a stated assumption that the report's method section repeats.
///
/// ```swift
/// var options = AttributionOptions.standard
/// options.guiltP = 0.2
/// options.coveragePrior = .jeffreys
/// let model = AttributionModel(entities: pipeline.entityIDs, options: options)
/// ```
public struct AttributionOptions: Hashable, Sendable {
    /// Prior on coverage f, integrated out exactly for the single-source hypotheses.
    public var coveragePrior: CoveragePrior
    /// Prior over the hypotheses; it moves posteriors, never likelihood ratios.
    public var hypothesisPrior: HypothesisPrior
    /// log10 penalty for each entity added to a source set: a set of n sources must explain the hits
    /// 10^(penalty) times better than the best set of n−1. 2 means prior odds of 1 to 100 per extra source.
    public var sourcePenaltyLog10: Double
    /// The best source set must beat "none of them" by at least this log10 LR (1: LR ≥ 10, more than
    /// weak support), or `sources` stays empty.
    public var minimumSourceLog10LR: Double
    /// Source sets are searched exhaustively up to this many candidate entities, greedily beyond.
    public var exactSearchLimit: Int
    /// p of the guilt model: the probability that the target guessed an object rather than obtained it.
    public var guiltP: Double
    /// The `before` bound is stated only where missing every later canary by chance is less likely
    /// than this, at the conservative coverage below.
    public var windowMissProbability: Double
    /// The `before` bound uses this lower posterior quantile of the leaker's coverage (0.05: the
    /// coverage is at least this with 95% probability), not the point estimate, so that few hits
    /// cannot overstate how complete the list is.
    public var windowCoverageQuantile: Double
    /// Absence of an entity's canaries is called weak evidence when its LR falls below 10^this.
    public var weakAbsenceLog10LR: Double
    /// With no hits there is no coverage estimate; absence is then judged at this coverage.
    public var referenceCoverage: Double
    /// Chance-match probabilities are clamped to [floor, 1 − floor]: no match is treated as rarer than
    /// one in 10^12, which caps each hit's weight instead of letting q = 0 make an LR infinite.
    public var chanceFloor: Double
    /// How the LRs put to the court are weakened against the model's assumptions (`ConservativeEvaluation`).
    public var conservative: ConservativeAssumptions

    public init(
        coveragePrior: CoveragePrior = .uniform, hypothesisPrior: HypothesisPrior = .uniform,
        sourcePenaltyLog10: Double = 2, minimumSourceLog10LR: Double = 1, exactSearchLimit: Int = 12,
        guiltP: Double = 0.5, windowMissProbability: Double = 0.01, windowCoverageQuantile: Double = 0.05,
        weakAbsenceLog10LR: Double = 1, referenceCoverage: Double = 0.1, chanceFloor: Double = 1e-12,
        conservative: ConservativeAssumptions = .standard
    ) {
        self.conservative = conservative
        self.coveragePrior = coveragePrior
        self.hypothesisPrior = hypothesisPrior
        self.sourcePenaltyLog10 = sourcePenaltyLog10
        self.minimumSourceLog10LR = minimumSourceLog10LR
        self.exactSearchLimit = exactSearchLimit
        self.guiltP = guiltP
        self.windowMissProbability = windowMissProbability
        self.windowCoverageQuantile = windowCoverageQuantile
        self.weakAbsenceLog10LR = weakAbsenceLog10LR
        self.referenceCoverage = referenceCoverage
        self.chanceFloor = chanceFloor
    }

    public static let standard = AttributionOptions()
}
