import Foundation

/// How the likelihood ratio put to the court is made conservative, stated so the report can repeat it.
///
/// The model's LR multiplies one factor per hit, so with dozens of hits it reaches 10^100 and beyond.
/// That figure is right only if every assumption holds at once: hits independent of each other,
/// chance-match probabilities exact, each canary unique to its visibility set and the registry's
/// record of who received it true. The court figure is the model LR weakened three ways:
///
/// - **Dependence.** Canaries of one plant batch travel together (one export, one file, one route), so
///   each batch counts as a single observation: found if any of its canaries is found.
/// - **Chance matches.** Every canary's chance-match probability q is multiplied by `chanceInflation`,
///   allowing for u-probabilities that understate how common the planted values are.
/// - **Assumption failure.** With probability `assumptionFailure` the hits reached the list by a route
///   the model excludes (a registry entry falsified to frame a stage, a canary that is not unique, an
///   undeclared copy flow, an examiner's mix-up). Such a failure explains all hits at once, so the LR
///   cannot exceed 1/`assumptionFailure`: LR' = 1 / (1/LR + assumptionFailure).
///
/// The conservative LR is whichever of the model LR and the weakened one lies nearer to 1, and 1
/// when they point in opposite directions.
///
/// ```swift
/// let assumptions = ConservativeAssumptions.standard   // batches dependent, q × 10, failure 1e-5
/// assumptions.log10Cap                                 // 5: no court LR above 10^5
/// ```
public struct ConservativeAssumptions: Codable, Hashable, Sendable {
    /// Whether the canaries of one plant batch count as one observation.
    public var batchesDependent: Bool
    /// Factor applied to every chance-match probability q.
    public var chanceInflation: Double
    /// The probability that the model's assumptions fail in a way that explains every hit.
    public var assumptionFailure: Double

    public init(batchesDependent: Bool = true, chanceInflation: Double = 10, assumptionFailure: Double = 1e-5) {
        self.batchesDependent = batchesDependent
        self.chanceInflation = chanceInflation
        self.assumptionFailure = assumptionFailure
    }

    public static let standard = ConservativeAssumptions()

    /// log10 of the largest LR the assumption-failure term allows.
    public var log10Cap: Double { -log10(assumptionFailure) }

    /// |log10 LR| once the assumption-failure term is added: −log10(10^−|L| + failure), never below 0.
    public func capped(_ log10LR: Double) -> Double {
        let magnitude = abs(log10LR)
        let weakened = max(0, -log10(pow(10, -magnitude) + assumptionFailure))
        return log10LR < 0 ? -weakened : weakened
    }

    /// The reading nearer to 1 of two log10 LRs; 0 when they disagree in direction.
    public static func nearerToOne(_ a: Double, _ b: Double) -> Double {
        if a == 0 || b == 0 || (a > 0) != (b > 0) { return 0 }
        return abs(a) <= abs(b) ? a : b
    }

    enum CodingKeys: String, CodingKey {
        case batchesDependent = "batches_dependent"
        case chanceInflation = "chance_inflation"
        case assumptionFailure = "assumption_failure"
    }
}
