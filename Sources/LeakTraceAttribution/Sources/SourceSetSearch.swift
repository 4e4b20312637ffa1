import Foundation
import LeakTraceCore

/// Finds the smallest set of entities that explains a merged list.
///
/// Each set S is scored log10 L(S)/L(H_0) − penalty·|S| (see `SourceSetFit`), the penalty being the
/// prior odds against each further source. Only entities that see at least one hit are candidates:
/// one that sees none fits with coverage 0, adds nothing, and would only pay the penalty. Up to
/// `exactSearchLimit` candidates every subset is scored; beyond, a greedy forward search adds the
/// entity that gains most while the gain is positive, then drops any member whose removal helps.
/// Ties go to the smaller set, then to the set whose ids sort first, so the answer is deterministic.
///
/// ```swift
/// let search = SourceSetSearch(table: table, options: .standard)
/// search.best.map(\.members)   // entity indices of the chosen set
/// ```
struct SourceSetSearch {
    let table: ExposureTable
    let options: AttributionOptions
    let candidates: [Int]

    init(table: ExposureTable, options: AttributionOptions) {
        self.table = table
        self.options = options
        candidates = table.entities.indices.filter { !table.hits[$0].isEmpty }
    }

    /// The chosen set's members with their own LRs, best first; empty when the evidence is too weak.
    func members() -> [SourceMember] {
        var cache: [[Int]: SourceSetFit] = [:]
        func fit(_ members: [Int]) -> SourceSetFit {
            if let known = cache[members] { return known }
            let fitted = SourceSetFit(members: members, table: table)
            cache[members] = fitted
            return fitted
        }
        func score(_ members: [Int]) -> Double {
            fit(members).logRatio / LogSpace.ln10 - options.sourcePenaltyLog10 * Double(members.count)
        }
        let chosen = candidates.count <= options.exactSearchLimit
            ? exhaustive(score: score) : greedy(score: score)
        guard !chosen.isEmpty, fit(chosen).logRatio / LogSpace.ln10 >= options.minimumSourceLog10LR else { return [] }

        let whole = fit(chosen).logRatio
        let result = chosen.map { e -> SourceMember in
            let without = chosen.filter { $0 != e }
            let others = Set(without.map { table.entities[$0] })
            let only = table.hits[e]
                .filter { table.exposures[$0].visibility.isDisjoint(with: others) }
                .map { table.exposures[$0].id }
                .sorted()
            return SourceMember(entity: table.entities[e], log10LR: (whole - fit(without).logRatio) / LogSpace.ln10, explains: only)
        }
        return result.sorted { ($0.log10LR, $1.entity) > ($1.log10LR, $0.entity) }
    }

    /// Whether `a` should be preferred to `b` at equal or better score.
    private func better(_ a: (set: [Int], score: Double), than b: (set: [Int], score: Double)) -> Bool {
        if abs(a.score - b.score) > 1e-9 { return a.score > b.score }
        if a.set.count != b.set.count { return a.set.count < b.set.count }
        return a.set.map { table.entities[$0] }.lexicographicallyPrecedes(b.set.map { table.entities[$0] })
    }

    private func exhaustive(score: ([Int]) -> Double) -> [Int] {
        var best: (set: [Int], score: Double) = ([], 0)
        for mask in 1..<(1 << candidates.count) {
            let members = candidates.indices.filter { mask & (1 << $0) != 0 }.map { candidates[$0] }
            let scored = (set: members, score: score(members))
            if better(scored, than: best) { best = scored }
        }
        return best.set
    }

    private func greedy(score: ([Int]) -> Double) -> [Int] {
        var current: (set: [Int], score: Double) = ([], 0)
        while true {
            var step: (set: [Int], score: Double)? = nil
            for e in candidates where !current.set.contains(e) {
                let members = (current.set + [e]).sorted()
                let scored = (set: members, score: score(members))
                if step == nil || better(scored, than: step!) { step = scored }
            }
            guard let next = step, next.score > current.score + 1e-9 else { break }
            current = next
        }
        // A later addition can make an earlier one redundant.
        var improved = true
        while improved && !current.set.isEmpty {
            improved = false
            for e in current.set {
                let members = current.set.filter { $0 != e }
                let scored = (set: members, score: score(members))
                if better(scored, than: current) {
                    current = scored
                    improved = true
                    break
                }
            }
        }
        return current.set
    }
}
