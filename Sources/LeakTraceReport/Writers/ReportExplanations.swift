/// The attribution's explanations in the report's language: the prior the posteriors depend on,
/// the coverage model, and why the leak window has the bounds it has.
///
/// `report.json` keeps the model's own English texts in `attribution` (the `match` contract); these
/// are the words the report prints, Chinese in a Chinese report.
///
/// ```swift
/// document.explanations.prior         // "对 6 个环节及“均非”共 7 个假设取均匀先验（各 1/7）。"
/// document.explanations.afterReason   // why the list cannot be older than `window.after`
/// ```
public struct ReportExplanations: Codable, Hashable, Sendable {
    public var prior: String
    public var coverageModel: String
    public var afterReason: String?
    public var beforeReason: String?

    public init(prior: String, coverageModel: String, afterReason: String?, beforeReason: String?) {
        self.prior = prior
        self.coverageModel = coverageModel
        self.afterReason = afterReason
        self.beforeReason = beforeReason
    }

    enum CodingKeys: String, CodingKey {
        case prior
        case coverageModel = "coverage_model"
        case afterReason = "after_reason"
        case beforeReason = "before_reason"
    }
}
