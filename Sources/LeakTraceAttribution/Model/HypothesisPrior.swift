import Foundation
import LeakTraceCore

/// The prior over the single-source hypotheses H_E ("the list derives from E's data") and H_0 ("from
/// none of them"). Posteriors depend on it; likelihood ratios do not, which is why the court gets LRs.
///
/// ```swift
/// HypothesisPrior.uniform                                         // 1/(n+1) each
/// HypothesisPrior.weights(["branch-2": 2, "courier-hq": 1], none: 1) // normalised; unlisted entities get 0
/// ```
public enum HypothesisPrior: Hashable, Sendable {
    /// Every entity and "none of them" equally likely.
    case uniform
    /// Relative weights, normalised over the entities and "none"; entities not listed weigh 0.
    case weights([EntityID: Double], none: Double)

    /// Natural-log prior of each entity (in the order given) and of "none".
    func logWeights(for entities: [EntityID]) -> (entities: [Double], none: Double) {
        switch self {
        case .uniform:
            let each = -log(Double(entities.count + 1))
            return (entities.map { _ in each }, each)
        case .weights(let table, let none):
            let total = entities.reduce(none) { $0 + max(0, table[$1] ?? 0) }
            precondition(total > 0, "the hypothesis prior puts no weight anywhere")
            return (entities.map { log(max(0, table[$0] ?? 0) / total) }, log(max(0, none) / total))
        }
    }

    func description(for entities: [EntityID]) -> String {
        switch self {
        case .uniform:
            return "Uniform over the \(entities.count) entities and \"none of them\" (1/\(entities.count + 1) each)."
        case .weights(let table, let none):
            let total = entities.reduce(none) { $0 + max(0, table[$1] ?? 0) }
            let parts = entities.map { "\($0) \(Self.share(table[$0] ?? 0, total))" } + ["none \(Self.share(none, total))"]
            return "Stated prior: " + parts.joined(separator: ", ") + "."
        }
    }

    private static func share(_ weight: Double, _ total: Double) -> String {
        String(format: "%.4g", max(0, weight) / total)
    }
}
