/// m and u for one agreement level of one field.
///
/// m: how often a record that *is* the canary shows this level; u: how often an unrelated record
/// does. The level's weight is log2(m/u).
///
/// ```swift
/// LevelProbabilities(m: 0.95, u: 1e-4).weight   // 13.213712
/// ```
public struct LevelProbabilities: Hashable, Sendable {
    public var m: Double
    public var u: Double

    public init(m: Double, u: Double) {
        precondition(m > 0 && m <= 1 && u > 0 && u <= 1, "m and u must lie in (0, 1]")
        self.m = m
        self.u = u
    }

    public var weight: Double { FellegiSunter.agreementWeight(m: m, u: u) }
}
