import Foundation
import LeakTraceCore

/// States what the canaries planted so far cannot tell, and which plant would.
///
/// Two kinds of limitation:
/// - **Indistinguishable entities.** Entities that see exactly the same canaries (over every plant,
///   not only the hits) get identical likelihoods under every hypothesis, so no list can favour one
///   over the other. A test order along platform → merchant → HQ → branch is the usual cause.
///   The remedy is a direct plant at one of them whose canaries the others do not receive; with a
///   pipeline the model checks copy flows, without one it assumes a direct plant stays where it is put,
///   and it prefers the entity latest in the given order (the most downstream, usually unplanted).
/// - **Weak absence.** An entity whose canaries are all absent is exonerated only as far as the
///   coverage allows: at coverage f, missing all K has probability (1−f)^K, an LR of (1−f)^−K
///   against it (K = 20, f = 0.1: 8.2, weak). Coverage is the leading hypothesis's estimate, or
///   `referenceCoverage` when nothing was found.
///
/// ```swift
/// let finder = LimitationFinder(table: table, options: .standard, pipeline: nil)
/// finder.limitations(coverage: 0.1, coverageSource: "branch-2")
/// ```
struct LimitationFinder {
    let table: ExposureTable
    let options: AttributionOptions
    let pipeline: Pipeline?

    func limitations(coverage: Double?, coverageSource: EntityID?) -> [Limitation] {
        indistinguishable() + (weakAbsence(coverage: coverage, coverageSource: coverageSource).map { [$0] } ?? [])
    }

    // MARK: Indistinguishable entities

    func indistinguishable() -> [Limitation] {
        var groups: [[String]: [Int]] = [:]
        for e in table.entities.indices {
            let signature = table.exposures.filter { $0.visibility.contains(table.entities[e]) }.map(\.id)
            groups[signature, default: []].append(e)
        }
        // Groups in the order of their first member, so the output order follows the entity list.
        let ordered = groups.sorted { $0.value[0] < $1.value[0] }
        var result: [Limitation] = []
        for (signature, members) in ordered {
            let names = members.map { table.entities[$0] }
            if signature.isEmpty {
                let list = Self.list(names)
                result.append(Limitation(
                    entities: names,
                    statement: "No canary is visible to \(list), so the hits can say nothing about \(names.count == 1 ? "it" : "them").",
                    remedy: "Plant directly at \(list)."))
                continue
            }
            guard members.count >= 2 else { continue }
            let statement = members.count == 2
                ? "The hits cannot tell \(names[0]) from \(names[1]), because no canary is visible to one and not the other."
                : "The hits cannot tell \(Self.list(names)) apart, because every canary visible to one of them is visible to all."
            result.append(Limitation(entities: names, statement: statement, remedy: remedy(for: names)))
        }
        return result
    }

    /// What a direct plant at `entity` would reach.
    private func directReach(_ entity: EntityID) -> Set<EntityID> {
        pipeline?.visibility(of: .entity(entity)) ?? [entity]
    }

    private func remedy(for group: [EntityID]) -> String? {
        let whole = Set(group)
        // Most downstream first: later in the given order.
        let separating = group.reversed().filter { !whole.isSubset(of: directReach($0)) }
        guard let first = separating.first else {
            return nil
        }
        if group.count == 2 { return "Plant directly at \(first)." }
        // A direct plant at all but one of them separates every pair, when plants stay where they are put.
        let chosen = Array(separating.prefix(group.count - 1)).sorted { group.firstIndex(of: $0)! < group.firstIndex(of: $1)! }
        return "Plant directly at \(Self.list(chosen)) (a direct plant at all but one of them separates every pair)."
    }

    // MARK: Weak absence

    func weakAbsence(coverage: Double?, coverageSource: EntityID?) -> Limitation? {
        let f = coverage ?? options.referenceCoverage
        guard f > 0 && f < 1 else { return nil }
        var weak: [(entity: EntityID, visible: Int, log10LR: Double)] = []
        for e in table.entities.indices where table.hits[e].isEmpty && table.missed[e] > 0 {
            let k = table.missed[e]
            let log10LR = -Double(k) * log10(1 - f)
            if log10LR < options.weakAbsenceLog10LR { weak.append((table.entities[e], k, log10LR)) }
        }
        guard !weak.isEmpty else { return nil }
        let details = weak.map { item in
            "\(item.entity) (0 of \(item.visible) found; a copy at that coverage would miss all of them with probability "
                + "\(LeakWindowEstimator.percent(pow(1 - f, Double(item.visible)))), an LR of only "
                + "\(String(format: "%.1f", pow(10, item.log10LR))) against it)"
        }
        let opening: String
        if let coverageSource, coverage != nil {
            opening = "The list carries an estimated \(LeakWindowEstimator.percent(f)) of \(coverageSource)'s canaries. "
                + "At that coverage the absence of an entity's canaries is weak evidence against it: "
        } else {
            opening = "No canary was found, so coverage cannot be estimated. Had the list carried "
                + "\(LeakWindowEstimator.percent(f)) of an entity's records, the absence of its canaries would be weak evidence against it: "
        }
        let names = weak.map(\.entity)
        return Limitation(
            entities: names,
            statement: opening + details.joined(separator: "; ") + ".",
            remedy: "Plant more canaries at \(Self.list(names)), so that a partial copy cannot miss them all by chance.")
    }

    static func list(_ names: [EntityID]) -> String {
        let words = names.map(\.rawValue)
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        case 2: return "\(words[0]) and \(words[1])"
        default: return words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
    }
}
