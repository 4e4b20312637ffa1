import LeakTraceCore

/// One pair of propositions and the likelihood ratio the observations give for them.
///
/// ENFSI's guideline for evaluative reporting asks that the court hear how much more probable the
/// observations are under one proposition than under the other, never how probable either
/// proposition is; this type therefore carries no posterior.
///
/// ```swift
/// for p in document.propositions {
///     print(p.prosecution, "vs", p.defence, p.likelihoodRatio, p.support.english)
/// }
/// ```
public struct ReportProposition: Codable, Hashable, Sendable {
    public var entity: EntityID
    /// Hp, the proposition the observations are weighed for.
    public var prosecution: String
    /// Hd, the alternative.
    public var defence: String
    /// The LR the court hears: the conservative reading when the findings carry one.
    public var log10LR: Double
    /// The ratio in words-free numeric text (`1.67e14`), for readers without a calculator.
    public var likelihoodRatio: String
    public var support: VerbalScale
    /// `prosecution` when LR > 1, `defence` when LR < 1, `neither` when LR = 1.
    public var favours: String
    /// The verbal conclusion in the report's language.
    public var statement: String
    /// The model's log10 LR when `log10LR` is its conservative reading; nil when they are the same.
    /// Shown beside it so the defence sees both, never used as the strength of the evidence.
    public var modelLog10LR: Double?

    public init(
        entity: EntityID, prosecution: String, defence: String, log10LR: Double, likelihoodRatio: String,
        support: VerbalScale, favours: String, statement: String, modelLog10LR: Double? = nil
    ) {
        self.modelLog10LR = modelLog10LR
        self.entity = entity
        self.prosecution = prosecution
        self.defence = defence
        self.log10LR = log10LR
        self.likelihoodRatio = likelihoodRatio
        self.support = support
        self.favours = favours
        self.statement = statement
    }

    enum CodingKeys: String, CodingKey {
        case entity, prosecution, defence, support, favours, statement
        case log10LR = "log10_lr"
        case modelLog10LR = "model_log10_lr"
        case likelihoodRatio = "likelihood_ratio"
    }
}
