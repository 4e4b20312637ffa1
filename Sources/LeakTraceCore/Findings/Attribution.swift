import Foundation

/// The single-source hypothesis "the list derives from this entity's data", scored.
public struct EntityHypothesis: Codable, Hashable, Sendable {
    public var entity: EntityID
    /// Posterior under the prior stated in `Attribution.prior`. Investigative, not evaluative.
    public var posterior: Double
    /// log10 of the likelihood ratio against the best alternative hypothesis.
    public var log10LR: Double
    /// Estimated fraction of the entity's canaries that the list carries.
    public var coverage: Double
    /// Canaries visible to the entity that were found.
    public var hits: Int
    /// Canaries visible to the entity (and planted early enough to be in the list).
    public var visible: Int
    /// Strength on the ENFSI scale, read on the LR or, below 1, on its inverse.
    public var support: VerbalScale
    /// The log10 LR put to the court: the model's, weakened as `Attribution.conservative` states.
    /// Nil in findings recorded before it was computed.
    public var conservativeLog10LR: Double?
    /// Which proposition the LR supports: `proposition` ("the list derives from this entity") when
    /// the LR exceeds 1, `alternative` when it is below 1, so a strength is never read without its direction.
    public var favours: String {
        log10LR > 0 ? "proposition" : log10LR < 0 ? "alternative" : "neither"
    }

    public init(
        entity: EntityID, posterior: Double, log10LR: Double, coverage: Double, hits: Int, visible: Int,
        conservativeLog10LR: Double? = nil
    ) {
        self.entity = entity
        self.conservativeLog10LR = conservativeLog10LR
        self.posterior = posterior
        self.log10LR = log10LR
        self.coverage = coverage
        self.hits = hits
        self.visible = visible
        self.support = VerbalScale(log10LR: log10LR)
    }

    /// The strength on the ENFSI scale of the LR put to the court (the model's when none was computed).
    public var conservativeSupport: VerbalScale { VerbalScale(log10LR: conservativeLog10LR ?? log10LR) }

    enum CodingKeys: String, CodingKey {
        case entity, posterior, coverage, hits, visible, support, favours
        case log10LR = "log10_lr"
        case conservativeLog10LR = "conservative_log10_lr"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(entity: try c.decode(EntityID.self, forKey: .entity), posterior: try c.decode(Double.self, forKey: .posterior),
                  log10LR: try c.decode(Double.self, forKey: .log10LR), coverage: try c.decode(Double.self, forKey: .coverage),
                  hits: try c.decode(Int.self, forKey: .hits), visible: try c.decode(Int.self, forKey: .visible),
                  conservativeLog10LR: try c.decodeIfPresent(Double.self, forKey: .conservativeLog10LR))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(entity, forKey: .entity)
        try c.encode(posterior, forKey: .posterior)
        try c.encode(log10LR, forKey: .log10LR)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(hits, forKey: .hits)
        try c.encode(visible, forKey: .visible)
        try c.encode(support, forKey: .support)
        try c.encode(favours, forKey: .favours)
        try c.encodeIfPresent(conservativeLog10LR, forKey: .conservativeLog10LR)
    }
}

/// One member of the smallest set of sources that explains a merged list.
public struct SourceMember: Codable, Hashable, Sendable {
    public var entity: EntityID
    /// log10 LR of the set with this member against the set without it.
    public var log10LR: Double
    /// Hits that only this member explains.
    public var explains: [String]
    /// The member's log10 LR weakened as `Attribution.conservative` states; nil in older findings.
    public var conservativeLog10LR: Double?

    public init(entity: EntityID, log10LR: Double, explains: [String], conservativeLog10LR: Double? = nil) {
        self.entity = entity
        self.log10LR = log10LR
        self.explains = explains
        self.conservativeLog10LR = conservativeLog10LR
    }

    enum CodingKeys: String, CodingKey {
        case entity, explains
        case log10LR = "log10_lr"
        case conservativeLog10LR = "conservative_log10_lr"
    }
}

/// When the leak can have happened, with the reasoning behind each bound.
public struct LeakWindow: Codable, Hashable, Sendable {
    /// The latest plant time among the canaries found: the leak is no older than this.
    public var after: Date?
    /// Set only when canaries the leaker held are absent while coverage is high.
    public var before: Date?
    public var afterReason: String?
    public var beforeReason: String?

    public init(after: Date?, before: Date?, afterReason: String? = nil, beforeReason: String? = nil) {
        self.after = after
        self.before = before
        self.afterReason = afterReason
        self.beforeReason = beforeReason
    }

    enum CodingKeys: String, CodingKey {
        case after, before
        case afterReason = "after_reason"
        case beforeReason = "before_reason"
    }

    public func encode(to encoder: Encoder) throws {
        // `after` and `before` are always present, as null when unknown: the contract names both keys.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(after, forKey: .after)
        try c.encode(before, forKey: .before)
        try c.encodeIfPresent(afterReason, forKey: .afterReason)
        try c.encodeIfPresent(beforeReason, forKey: .beforeReason)
    }
}

/// Papadimitriou & Garcia-Molina's guilt probability Pr{Gi|S}, shown beside the main model.
public struct GuiltEstimate: Codable, Hashable, Sendable {
    public var entity: EntityID
    public var probability: Double
    /// The guessing probability p the estimate assumes.
    public var p: Double

    public init(entity: EntityID, probability: Double, p: Double) {
        self.entity = entity
        self.probability = probability
        self.p = p
    }
}

/// Entities the planted canaries cannot tell apart, and the plant that would.
public struct Limitation: Codable, Hashable, Sendable {
    public var entities: [EntityID]
    /// Plain-language statement, English.
    public var statement: String
    /// A placement whose canaries would separate them (for example a direct plant at one of them).
    public var remedy: String?

    public init(entities: [EntityID], statement: String, remedy: String?) {
        self.entities = entities
        self.statement = statement
        self.remedy = remedy
    }
}

/// The answer to "which entity leaked this, since when, and how sure are we?".
public struct Attribution: Codable, Hashable, Sendable {
    /// The smallest set of entities that explains the hits; empty when there is no evidence.
    public var sources: [EntityID]
    /// Single-source hypotheses, best first.
    public var ranking: [EntityHypothesis]
    public var window: LeakWindow
    /// Each member of `sources` with its own LR.
    public var sourceSet: [SourceMember]
    public var guilt: [GuiltEstimate]
    public var limitations: [Limitation]
    /// The prior the posteriors depend on, in words.
    public var prior: String
    /// The coverage treatment (prior on f, or maximised), in words.
    public var coverageModel: String
    /// How the conservative LRs were derived; nil in findings recorded before they were computed.
    public var conservative: ConservativeAssumptions?

    public init(
        sources: [EntityID], ranking: [EntityHypothesis], window: LeakWindow, sourceSet: [SourceMember] = [],
        guilt: [GuiltEstimate] = [], limitations: [Limitation] = [], prior: String, coverageModel: String,
        conservative: ConservativeAssumptions? = nil
    ) {
        self.conservative = conservative
        self.sources = sources
        self.ranking = ranking
        self.window = window
        self.sourceSet = sourceSet
        self.guilt = guilt
        self.limitations = limitations
        self.prior = prior
        self.coverageModel = coverageModel
    }

    enum CodingKeys: String, CodingKey {
        case sources, ranking, window, guilt, limitations, prior, conservative
        case sourceSet = "source_set"
        case coverageModel = "coverage_model"
    }
}
