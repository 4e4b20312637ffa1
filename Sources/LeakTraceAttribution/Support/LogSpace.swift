import Foundation

/// Natural-log arithmetic for quantities that overflow a `Double`: a likelihood ratio of 1e14 per
/// canary, raised to the number of hits, leaves the representable range within a few dozen hits.
///
/// ```swift
/// LogSpace.addExp(log(2), log(3))          // log(5)
/// LogSpace.sumExp([log(1e300), log(1e300)]) // log(2e300), no overflow
/// ```
enum LogSpace {
    static let ln10 = 2.302585092994046

    /// log(e^a + e^b) without leaving log space.
    static func addExp(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        let high = max(a, b)
        return high + log1p(exp(-abs(a - b)))
    }

    /// log(Σ e^x).
    static func sumExp<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var high = -Double.infinity
        for value in values where value > high { high = value }
        guard high.isFinite else { return high }
        var total = 0.0
        for value in values { total += exp(value - high) }
        return high + log(total)
    }

    /// log B(a, b), the Beta function, through log-gamma so it stays finite for large arguments.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        lgamma(a) + lgamma(b) - lgamma(a + b)
    }

    /// log(1 − e^x) for x ≤ 0, accurate at both ends (Mächler's rule).
    static func log1mExp(_ x: Double) -> Double {
        if x == 0 { return -.infinity }
        return x > -0.6931471805599453 ? log(-expm1(x)) : log1p(-exp(x))
    }

    /// m·log(1 − f), with 0·log 0 taken as 0: an entity that misses nothing may have coverage 1.
    static func missTerm(count: Int, coverage f: Double) -> Double {
        count == 0 ? 0 : Double(count) * log1p(-f)
    }
}
