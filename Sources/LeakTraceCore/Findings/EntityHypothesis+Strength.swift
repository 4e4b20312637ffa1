import Foundation

extension EntityHypothesis {
    /// One line on the strength of the evidence for this entity, as terminals print it: the
    /// conservative LR put to the court first, the model's own figure after it only for transparency.
    ///
    /// ```swift
    /// print(best.strengthSummary)
    /// // court log10 LR 4.99 (model 166.3): very strong support, 非常强支持
    /// ```
    /// Findings recorded before the conservative bound existed fall back to the model figure, labelled so.
    public var strengthSummary: String {
        let support = conservativeSupport
        let figure: String
        if let court = conservativeLog10LR {
            figure = "court log10 LR \(String(format: "%.2f", court)) (model \(String(format: "%.1f", log10LR)))"
        } else {
            figure = "model log10 LR \(String(format: "%.1f", log10LR))"
        }
        let favoured = (conservativeLog10LR ?? log10LR) < 0
        let english = support == .none ? "no support" : "\(support.english) support" + (favoured ? " for the alternative" : "")
        let chinese = favoured && support != .none ? "\(support.chinese)（支持对立假设）" : support.chinese
        return "\(figure): \(english), \(chinese)"
    }
}
