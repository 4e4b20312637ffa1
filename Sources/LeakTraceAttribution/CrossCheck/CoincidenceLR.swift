import Foundation

/// The back-of-the-envelope likelihood ratio of "the list derives from this entity" against "every hit
/// is a coincidence", at a fixed coverage:
///
///     LR = (f/q)^k · ((1−f)/(1−q))^(K−k)
///
/// with K canaries visible to the entity, k of them found, coverage f and chance-match probability q.
/// `AttributionModel` uses the exact presence probability f + (1−f)q instead of f and integrates f
/// out; the two agree to within a factor (1 + (1−f)q/f)^k, negligible whenever q ≪ f.
///
/// ```swift
/// CoincidenceLR.lr(visible: 20, found: 3, coverage: 0.1, chance: 1e-6)   // ≈ 1.67e14
/// CoincidenceLR.lr(visible: 20, found: 0, coverage: 0.1, chance: 1e-6)   // ≈ 0.12: absence, 1/8.2
/// ```
public enum CoincidenceLR {
    public static func lr(visible: Int, found: Int, coverage: Double, chance: Double) -> Double {
        pow(10, log10LR(visible: visible, found: found, coverage: coverage, chance: chance))
    }

    /// The same in log10, which stays finite where the ratio itself overflows.
    public static func log10LR(visible: Int, found: Int, coverage f: Double, chance q: Double) -> Double {
        precondition(found >= 0 && found <= visible, "found must lie in 0...visible")
        let k = Double(found), missing = Double(visible - found)
        let presence = found == 0 ? 0 : k * (log10(f) - log10(q))
        let absence = visible == found ? 0 : missing * (log10(1 - f) - log10(1 - q))
        return presence + absence
    }
}
