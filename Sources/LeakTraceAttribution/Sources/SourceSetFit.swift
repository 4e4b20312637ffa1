import Foundation

/// A merged list explained by a set S of entities, each contributing its own coverage f_E.
///
/// A canary is in the list if any member that holds it passed it on, or by coincidence:
///
///     P(present) = 1 − (1−q) ∏_{E ∈ S, E sees t} (1 − f_E)
///
/// The coverages are set to their joint maximum by coordinate ascent: with the others fixed, the log
/// likelihood is concave in each f_E, so each step solves one monotone equation exactly. Against H_0,
/// absent canaries contribute Σ_E m_E·ln(1 − f_E) and each present one ln(1 + (1−q)·w/q), with w the
/// probability that some member passed it on.
struct SourceSetFit {
    /// Entity indices (into the table's `entities`), ascending.
    let members: [Int]
    /// f of each member, same order.
    let coverages: [Double]
    /// ln L(S) − ln L(H_0).
    let logRatio: Double

    init(members: [Int], table: ExposureTable) {
        self.members = members
        guard !members.isEmpty else {
            coverages = []
            logRatio = 0
            return
        }
        // The present canaries some member sees, and for each member which of those it sees.
        var presentIndex: [Int: Int] = [:]
        var chances: [Double] = []
        var seenBy: [[Int]] = []          // per present canary: positions in `members`
        var sees: [[Int]] = members.map { _ in [] }  // per member: present canary slots
        for (slot, e) in members.enumerated() {
            for canary in table.hits[e] {
                let k: Int
                if let existing = presentIndex[canary] {
                    k = existing
                } else {
                    k = chances.count
                    presentIndex[canary] = k
                    chances.append(table.chance(canary))
                    seenBy.append([])
                }
                seenBy[k].append(slot)
                sees[slot].append(k)
            }
        }
        let missed = members.map { table.missed[$0] }
        var f = members.map { table.coverageLikelihood($0).maximumLikelihoodCoverage }

        for _ in 0..<500 {
            var largestChange = 0.0
            for slot in members.indices {
                // c_t = (1−q_t) ∏ over the other members that see t of (1 − f).
                let c = sees[slot].map { k in
                    seenBy[k].reduce(1 - chances[k]) { $1 == slot ? $0 : $0 * (1 - f[$1]) }
                }
                let updated = Self.maximise(missed: Double(missed[slot]), c: c, start: f[slot])
                largestChange = max(largestChange, abs(updated - f[slot]))
                f[slot] = updated
            }
            if largestChange < 1e-12 { break }
        }

        var total = 0.0
        for slot in members.indices { total += LogSpace.missTerm(count: missed[slot], coverage: f[slot]) }
        for k in chances.indices {
            let logNone = seenBy[k].reduce(0.0) { $0 + log1p(-f[$1]) }
            let passedOn = -expm1(logNone)
            total += log1p((1 - chances[k]) * passedOn / chances[k])
        }
        coverages = f
        logRatio = total
    }

    /// The f maximising m·ln(1−f) + Σ ln(1 − c_t(1−f)): the root of its derivative
    /// −m/(1−f) + Σ c_t/(1 − c_t(1−f)), which falls from its value at 0 to −∞ at 1.
    private static func maximise(missed m: Double, c: [Double], start: Double) -> Double {
        if c.isEmpty { return 0 }
        if m == 0 { return 1 }
        func slope(_ f: Double) -> Double { c.reduce(-m / (1 - f)) { $0 + $1 / (1 - $1 * (1 - f)) } }
        func curvature(_ f: Double) -> Double {
            c.reduce(-m / ((1 - f) * (1 - f))) { $0 - ($1 * $1) / ((1 - $1 * (1 - f)) * (1 - $1 * (1 - f))) }
        }
        if slope(0) <= 0 { return 0 }
        // Newton inside a shrinking bracket; a step that leaves the bracket is replaced by bisection.
        var low = 0.0, high = 1.0
        var f = min(max(start, 1e-12), 1 - 1e-12)
        for _ in 0..<200 {
            let s = slope(f)
            if s > 0 { low = f } else { high = f }
            var next = f - s / curvature(f)
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - f) < 1e-15 || high - low < 1e-15 { return next }
            f = next
        }
        return f
    }
}
