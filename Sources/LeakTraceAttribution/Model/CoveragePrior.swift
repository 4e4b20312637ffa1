import Foundation

/// The Beta(α, β) prior on coverage f, the unknown share of an entity's canaries that the list carries.
///
/// The default is uniform, Beta(1, 1): every coverage from a single leaked row to the whole database
/// is equally plausible before the hits are seen. Under it, the absence of all K of an entity's
/// canaries counts K+1 to 1 against that entity; a prior weighted to low coverage counts less.
///
/// ```swift
/// CoveragePrior.uniform                    // Beta(1, 1)
/// CoveragePrior(alpha: 0.5, beta: 0.5)     // Jeffreys
/// ```
public struct CoveragePrior: Hashable, Sendable {
    public var alpha: Double
    public var beta: Double

    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && beta > 0, "Beta parameters must be positive")
        self.alpha = alpha
        self.beta = beta
    }

    public static let uniform = CoveragePrior(alpha: 1, beta: 1)
    public static let jeffreys = CoveragePrior(alpha: 0.5, beta: 0.5)

    /// The prior in words, for the report's method section.
    public var description: String {
        if alpha == 1 && beta == 1 { return "uniform, Beta(1, 1)" }
        if alpha == 0.5 && beta == 0.5 { return "Jeffreys, Beta(0.5, 0.5)" }
        return "Beta(\(Self.format(alpha)), \(Self.format(beta)))"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
