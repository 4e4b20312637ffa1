import LeakTraceCore

/// One field's comparison: its agreement level, the weight that level carries, and u, the chance
/// an unrelated record agrees this well.
///
/// ```swift
/// let s = FieldScore(agreement: .masked, level: LevelProbabilities(m: 0.95, u: 1e-4))
/// s.weight   // 13.21
/// ```
public struct FieldScore: Hashable, Sendable {
    public var agreement: FieldAgreement
    /// Bits: log2(m/u); 0 when the field is missing.
    public var weight: Double
    /// The chance agreement; 1 when the field is missing (it rules nothing out).
    public var u: Double

    public init(agreement: FieldAgreement, weight: Double, u: Double) {
        self.agreement = agreement
        self.weight = weight
        self.u = u
    }

    public init(agreement: FieldAgreement, level: LevelProbabilities) {
        self.init(agreement: agreement, weight: level.weight, u: level.u)
    }

    public static let missing = FieldScore(agreement: .missing, weight: 0, u: 1)
}
