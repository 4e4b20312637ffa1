import Foundation

/// The evidence about one entity E under H_E ("the list derives from E's data"), as a function of its
/// coverage f, the unknown share of E's records that the list carries.
///
/// Under H_E a canary visible to E is in the list with probability f + (1−f)q (copied, or there by
/// coincidence) and absent with (1−f)(1−q). Under H_0 ("none of them") it is present with
/// probability q. Canaries E cannot see have the same probability under both, so they cancel and the
/// ratio depends only on E's own canaries:
///
///     L(f) / L_0 = (1−f)^m · ∏_{found t} (1 + r_t f),   r_t = (1−q_t)/q_t
///
/// with m the canaries visible to E that are absent. Integrating over a Beta(α, β) prior is exact:
/// expanding the product as Σ_j e_j f^j (e_j the elementary symmetric sums of the r_t) gives
///
///     ∫ L(f)/L_0 π(f) df = Σ_j e_j · B(α+j, β+m) / B(α, β)
///
/// computed in log space (the e_j reach 10^(6k) and beyond). The cost is O(k²) for k hits, which stays
/// well under a second for the thousands of hits a large case can have; there is no quadrature error.
///
/// ```swift
/// let evidence = CoverageLikelihood(foundChances: [1e-6, 1e-6, 1e-6], missed: 17)
/// evidence.maximumLikelihoodCoverage             // 0.15
/// evidence.log10MarginalRatio(prior: .uniform)   // log10 LR of H_E against H_0, f integrated out
/// ```
public struct CoverageLikelihood: Hashable, Sendable {
    /// q of each canary visible to E that was found.
    public let foundChances: [Double]
    /// Canaries visible to E (and planted early enough) that are absent.
    public let missed: Int

    /// r_t = (1−q_t)/q_t, each distinct value once with its count: hits often share q (same list, same
    /// fields), and the grid in `coverageQuantile` evaluates the likelihood thousands of times.
    private let groupedRatios: [(ratio: Double, count: Double)]

    public init(foundChances: [Double], missed: Int) {
        precondition(missed >= 0, "missed must not be negative")
        self.foundChances = foundChances
        self.missed = missed
        groupedRatios = Dictionary(foundChances.map { ((1 - $0) / $0, 1.0) }, uniquingKeysWith: +)
            .sorted { $0.key < $1.key }
            .map { (ratio: $0.key, count: $0.value) }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.foundChances == rhs.foundChances && lhs.missed == rhs.missed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(foundChances)
        hasher.combine(missed)
    }

    public var visible: Int { foundChances.count + missed }

    /// ln(L(f)/L_0) at a fixed coverage.
    public func logRatio(at f: Double) -> Double {
        var total = LogSpace.missTerm(count: missed, coverage: f)
        for group in groupedRatios { total += group.count * log1p(group.ratio * f) }
        return total
    }

    /// ln of L/L_0 with f integrated out under `prior`, exactly (see the type's documentation).
    public func logMarginalRatio(prior: CoveragePrior) -> Double {
        // logE[j] = ln e_j, the j-th elementary symmetric sum of the r_t, built one factor at a time.
        var logE = [Double](repeating: -.infinity, count: foundChances.count + 1)
        logE[0] = 0
        for (index, q) in foundChances.enumerated() {
            let logR = log1p(-q) - log(q)
            var j = index + 1
            while j >= 1 {
                logE[j] = LogSpace.addExp(logE[j], logE[j - 1] + logR)
                j -= 1
            }
        }
        let a = prior.alpha, b = prior.beta, m = Double(missed)
        let normaliser = LogSpace.logBeta(a, b)
        return LogSpace.sumExp(logE.indices.map { logE[$0] + LogSpace.logBeta(a + Double($0), b + m) - normaliser })
    }

    public func log10MarginalRatio(prior: CoveragePrior) -> Double {
        logMarginalRatio(prior: prior) / LogSpace.ln10
    }

    /// The coverage that maximises L(f): the root of −m/(1−f) + Σ r_t/(1 + r_t f), which decreases in f,
    /// so bisection finds it. Nothing found gives 0, nothing missed gives 1.
    public var maximumLikelihoodCoverage: Double {
        if foundChances.isEmpty { return 0 }
        if missed == 0 { return 1 }
        let m = Double(missed)
        func slope(_ f: Double) -> Double {
            groupedRatios.reduce(-m / (1 - f)) { $0 + $1.count * $1.ratio / (1 + $1.ratio * f) }
        }
        if slope(0) <= 0 { return 0 }
        var low = 0.0, high = 1.0
        for _ in 0..<200 where high - low > 1e-15 {
            let mid = (low + high) / 2
            if slope(mid) > 0 { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// The `quantile` of f's posterior under `prior`, read from the cumulative posterior on a grid: a
    /// coarse pass of 1,000 cells finds where the posterior has mass (within e^−40 of its peak), and a
    /// fine pass of 10,000 cells over that region reads the quantile. The posterior is unimodal under the
    /// uniform prior, so the region always brackets the peak, however narrow.
    public func coverageQuantile(_ quantile: Double, prior: CoveragePrior) -> Double {
        func logDensity(_ f: Double) -> Double {
            logRatio(at: f) + (prior.alpha - 1) * log(f) + (prior.beta - 1) * log1p(-f)
        }
        let coarse = 1_000
        let coarseValues = (0..<coarse).map { logDensity((Double($0) + 0.5) / Double(coarse)) }
        let coarsePeak = coarseValues.max() ?? 0
        let massive = coarseValues.indices.filter { coarseValues[$0] > coarsePeak - 40 }
        let low = Double(max((massive.first ?? 0) - 1, 0)) / Double(coarse)
        let high = Double(min((massive.last ?? coarse - 1) + 2, coarse)) / Double(coarse)

        let cells = 10_000
        let width = (high - low) / Double(cells)
        let values = (0..<cells).map { logDensity(low + (Double($0) + 0.5) * width) }
        let peak = values.max() ?? 0
        let mass = values.map { exp($0 - peak) }
        let target = quantile * mass.reduce(0, +)
        var running = 0.0
        for i in 0..<cells {
            if running + mass[i] >= target {
                let within = mass[i] > 0 ? (target - running) / mass[i] : 0
                return low + (Double(i) + within) * width
            }
            running += mass[i]
        }
        return high
    }
}
