import Foundation
import LeakTraceCore

/// The sentence an evaluative report gives for one hypothesis: both propositions, the size of the LR and
/// its ENFSI verbal equivalent, and never the probability that either proposition is true.
///
/// ```swift
/// let statement = EvaluativeStatement(hypothesis: attribution.ranking[0])
/// statement.english   // "The findings are about 1.7 × 10^14 times more probable if the list derives
///                     //  from branch-2's data than if it derives from another entity's data or from none
///                     //  of them. They give extremely strong support to the first proposition."
/// ```
public struct EvaluativeStatement: Hashable, Sendable {
    public var entity: EntityID
    public var log10LR: Double
    public var support: VerbalScale

    /// The court's sentence reads the conservative LR when the hypothesis carries one: the model's
    /// figure assumes independent hits and a registry beyond error (`ConservativeAssumptions`).
    public init(hypothesis: EntityHypothesis) {
        self.init(entity: hypothesis.entity, log10LR: hypothesis.conservativeLog10LR ?? hypothesis.log10LR)
    }

    public init(entity: EntityID, log10LR: Double) {
        self.entity = entity
        self.log10LR = log10LR
        support = VerbalScale(log10LR: log10LR)
    }

    public var proposition: String { "the list derives from \(entity)'s data" }
    public var alternative: String { "it derives from another entity's data or from none of them" }

    public var english: String {
        if support == .none {
            return "The findings are about as probable if \(proposition) as if \(alternative) (LR \(Self.formatLR(log10LR))); "
                + "they do not help to distinguish the two."
        }
        let favoured = log10LR > 0 ? "first" : "second"
        return "The findings are about \(Self.formatLR(abs(log10LR))) times more probable if "
            + (log10LR > 0 ? "\(proposition) than if \(alternative)" : "\(alternative) than if \(proposition)")
            + ". They give \(support.english) support to the \(favoured) proposition."
    }

    public var chinese: String {
        let first = "该名单来源于\(entity)的数据", second = "该名单来源于其他主体的数据或均非"
        if support == .none {
            return "在“\(first)”与“\(second)”两种假设下，观察结果的概率大致相同（似然比 \(Self.formatLR(log10LR))），不能区分二者。"
        }
        let (favoured, other) = log10LR > 0 ? (first, second) : (second, first)
        return "在“\(favoured)”的假设下观察到这些结果的概率，约为在“\(other)”的假设下的 \(Self.formatLR(abs(log10LR))) 倍，"
            + "对前一假设提供\(support.chinese)。"
    }

    /// 8.2, 350, 1.7 × 10^14: plain digits up to 10^4, scientific beyond, two significant figures.
    public static func formatLR(_ log10LR: Double) -> String {
        if log10LR < 4 {
            let value = pow(10, log10LR)
            return value < 99.5 ? String(format: "%.2g", value) : String(format: "%.0f", value)
        }
        let exponent = log10LR.rounded(.down)
        var mantissa = pow(10, log10LR - exponent)
        var shown = exponent
        if (mantissa * 10).rounded() >= 100 { mantissa /= 10; shown += 1 }
        return String(format: "%.1f × 10^%d", mantissa, Int(shown))
    }
}
