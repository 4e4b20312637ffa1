import Foundation
import LeakTraceCore

/// Bounds when the list was copied.
///
/// `after`: the latest plant time among the hits. A canary cannot be copied before it exists.
///
/// `before`: only from the named leaker's canaries planted after `after`, all of which are absent.
/// Had the list been copied at or after the plant time of the j-th of them, those j canaries would
/// all have been in the leaker's data, and a copy of coverage f misses all j with probability (1−f)^j.
/// The bound is the plant time of the first j for which that probability falls below
/// `windowMissProbability`, with f taken at its lower posterior quantile (`windowCoverageQuantile`),
/// not its point estimate: a few hits must not make a partial list look complete. When coverage may be
/// low, absence proves nothing about time, and no `before` is given.
///
/// ```swift
/// let window = LeakWindowEstimator(table: table, options: .standard).window(leader: 3)
/// window.after    // the latest plant among the hits
/// ```
struct LeakWindowEstimator {
    let table: ExposureTable
    let options: AttributionOptions

    /// `leader`: index of the entity named as (first) source, or nil when none is named.
    func window(leader: Int?) -> LeakWindow {
        guard let after = table.after else {
            return LeakWindow(
                after: nil, before: nil,
                afterReason: "No canary was found, so nothing dates the list.",
                beforeReason: "No canary was found, so nothing bounds when the list was copied.")
        }
        let found = table.exposures.filter(\.found)
        let latest = found.filter { $0.plantedAt == after }.map(\.id).sorted()
        let afterReason = "The list contains canary \(latest.joined(separator: ", ")), planted \(Timestamp.format(after)), "
            + "the latest plant among the \(found.count) canar\(found.count == 1 ? "y" : "ies") found; "
            + "the list cannot have been copied before then."
        guard let leader else {
            return LeakWindow(
                after: after, before: nil, afterReason: afterReason,
                beforeReason: "No source is named, so no absent canary bounds when the list was copied.")
        }
        let name = table.entities[leader]
        let later = table.exposures
            .filter { $0.plantedAt > after && $0.visibility.contains(name) }
            .sorted { ($0.plantedAt, $0.id) < ($1.plantedAt, $1.id) }
        guard !later.isEmpty else {
            return LeakWindow(
                after: after, before: nil, afterReason: afterReason,
                beforeReason: "No canary visible to \(name) was planted after \(Timestamp.format(after)), so nothing bounds "
                    + "when the list was copied; canaries planted at \(name) now would.")
        }
        let quantile = options.windowCoverageQuantile
        let lowCoverage = table.coverageLikelihood(leader).coverageQuantile(quantile, prior: options.coveragePrior)
        let confidence = Self.percent(1 - quantile)
        // Smallest j with (1 − f_low)^j < threshold.
        var needed = Int.max
        if lowCoverage > 0 && lowCoverage < 1 {
            let exact = log(options.windowMissProbability) / log1p(-lowCoverage)
            needed = Int(exact.rounded(.down)) + 1
        } else if lowCoverage >= 1 {
            needed = 1
        }
        guard needed <= later.count else {
            let chance = pow(1 - lowCoverage, Double(later.count))
            return LeakWindow(
                after: after, before: nil, afterReason: afterReason,
                beforeReason: "\(name) held \(later.count) canar\(later.count == 1 ? "y" : "ies") planted after "
                    + "\(Timestamp.format(after)) and the list carries none of them, but its coverage of \(name)'s data "
                    + "may be as low as \(Self.percent(lowCoverage)) (\(confidence) lower bound), and at that coverage "
                    + "missing them all by chance has probability \(Self.percent(chance)), above the "
                    + "\(Self.percent(options.windowMissProbability)) threshold; their absence does not bound when the list was copied.")
        }
        let before = later[needed - 1].plantedAt
        let chance = pow(1 - lowCoverage, Double(needed))
        return LeakWindow(
            after: after, before: before, afterReason: afterReason,
            beforeReason: "\(name) held \(later.count) canar\(later.count == 1 ? "y" : "ies") planted after "
                + "\(Timestamp.format(after)) and the list carries none of them. The list carries at least "
                + "\(Self.percent(lowCoverage)) of \(name)'s canaries (\(confidence) lower bound), so had it been copied at or "
                + "after \(Timestamp.format(before)) it would have missed all \(needed) canar\(needed == 1 ? "y" : "ies") "
                + "planted by then with probability at most \(Self.percent(chance)). It was most likely copied before then.")
    }

    static func percent(_ value: Double) -> String {
        let scaled = value * 100
        if scaled >= 10 || scaled == 0 { return String(format: "%.0f%%", scaled) }
        if scaled < 0.01 { return "less than 0.01%" }
        return String(format: "%.2g%%", scaled)
    }
}
