import Foundation

/// The Fellegi–Sunter (1969) arithmetic: each field's agreement level contributes log2(m/u) bits,
/// where m is the chance of that level for a true match and u for an unrelated record.
///
/// ```swift
/// FellegiSunter.agreementWeight(m: 0.95, u: 1e-4)      // +13.213712
/// FellegiSunter.disagreementWeight(m: 0.95, u: 1e-4)   // −4.321784, i.e. log2(0.05 / 0.9999)
/// FellegiSunter.matchProbability(weight: 3)             // 0.888889
/// ```
public enum FellegiSunter {
    /// log2(m/u): the evidence, in bits, that a field agreeing at this level gives for a match.
    public static func agreementWeight(m: Double, u: Double) -> Double {
        log2(m / u)
    }

    /// log2((1−m)/(1−u)): the (usually negative) evidence of a field that disagrees.
    public static func disagreementWeight(m: Double, u: Double) -> Double {
        log2((1 - m) / (1 - u))
    }

    /// P = 2^M / (1 + 2^M) with M = log2(λ/(1−λ)) + weight; λ is the prior share of matches
    /// among the compared pairs (0.5, the default, adds nothing).
    public static func matchProbability(weight: Double, prior lambda: Double = 0.5) -> Double {
        let total = log2(lambda / (1 - lambda)) + weight
        // 1/(1+2^−M) is the same value and stays finite for large M.
        return 1 / (1 + exp2(-total))
    }
}
