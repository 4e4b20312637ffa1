import Foundation
import LeakTraceCore

/// Papadimitriou & Garcia-Molina's s-max rule ("Data Leakage Detection", IEEE TKDE 23(1), 2011),
/// applied to fake objects: it works on the paper's max-objective
///
///     minimise  max over i, j≠i of  |Ri∩Rj| / |Ri|
///
/// (the largest share of one agent's objects that another agent holds too; Pr{Gi|S=Ri} − Pr{Gj|S=Ri}
/// is smallest for that pair). In the paper s-max picks, for sample requests, the real object that
/// keeps this maximum lowest; here each fake goes to the agent whose placement leaves the maximum
/// lowest. Where the maximum cannot move (another pair holds it, or a copy flow pins it at 1), the
/// next largest decides, and so on: the relative overlaps sorted from largest down are compared
/// lexicographically, so every fake still helps the worst pair it can reach. Ties go to the agent
/// listed first (the playbook's order), and it stops when no fake would lower any relative overlap
/// without raising a larger one. A pair (i, j) where j receives every fake planted at i (a copy flow)
/// is left out: |Ri∩Rj|/|Ri| is 1 whatever is planted, and counting it would only hide the pairs
/// that can still move.
///
/// Why not "maximise the minimum improvement over j": an agent that shares nothing with some j
/// (two branches) improves by 0 against it, so that minimum is 0 for nearly every agent of a real
/// pipeline and would not choose anything.
///
/// Unlike e-optimal (the sum-objective), s-max spends fakes on the pair that is hardest to tell
/// apart even when another agent's sum would fall faster.
///
/// ```swift
/// var allocator = SMaxAllocator(model: HoldingsModel(holdings: ["a1": ["t1", "t2", "t3"], "a2": ["t1", "t2"], "a3": ["t2", "t4"]], agents: ["a1", "a2", "a3"]))
/// allocator.allocate(3).map(\.agent)   // ["a2", "a1", "a2"]: the largest relative overlap falls from 1 to 1/2
/// ```
public struct SMaxAllocator: FakeObjectAllocator {
    public private(set) var model: HoldingsModel
    private let holders: [EntityID: Set<EntityID>]
    private let index: [EntityID: Int]
    // |Ri| and |Ri∩Rj| kept as dense counts: each pick compares every candidate over all pairs,
    // and the model's group dictionary would be rescanned for every pair.
    private var sizes: [Int]
    private var shared: [Int]
    /// pinned[i * n + j]: j receives every fake planted at i, so |Ri∩Rj| = |Ri| for good.
    private let pinned: [Bool]

    public init(model: HoldingsModel, holders: [EntityID: Set<EntityID>] = [:]) {
        self.model = model
        self.holders = holders
        let n = model.agents.count
        index = Dictionary(model.agents.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        sizes = model.agents.map { model.sizes[$0] ?? 0 }
        shared = Array(repeating: 0, count: n * n)
        var pinned = Array(repeating: false, count: n * n)
        for (i, agent) in model.agents.enumerated() {
            for member in holders[agent] ?? [agent] {
                if let j = index[member], j != i { pinned[i * n + j] = true }
            }
        }
        self.pinned = pinned
        for (visibility, count) in model.groups {
            let members = visibility.compactMap { index[$0] }
            for a in members {
                for b in members where b != a { shared[a * n + b] += count }
            }
        }
    }

    public func visibility(ofFakeAt agent: EntityID) -> Set<EntityID> { holders[agent] ?? [agent] }

    /// The largest relative overlap max over i, j≠i of |Ri∩Rj|/|Ri| (0 when nobody shares anything),
    /// pinned pairs left out.
    public var largestRelativeOverlap: Double { overlaps(adding: noExtra).first ?? 0 }

    private var noExtra: [Bool] { Array(repeating: false, count: sizes.count) }

    /// Which agents hold a fake planted at `agent`, as a mask over agent indices.
    private func mask(ofFakeAt agent: EntityID) -> [Bool] {
        var extra = noExtra
        for member in visibility(ofFakeAt: agent) { if let i = index[member] { extra[i] = true } }
        return extra
    }

    /// Every ordered pair's |Ri∩Rj|/|Ri| (pinned pairs left out), largest first, as it would be after one more object held
    /// by exactly the agents in `extra` (0 for an agent holding nothing, so the length never changes).
    func overlaps(adding extra: [Bool]) -> [Double] {
        let n = sizes.count
        var values: [Double] = []
        values.reserveCapacity(n * (n - 1))
        for i in 0..<n {
            let inI = extra[i]
            let size = sizes[i] + (inI ? 1 : 0)
            for j in 0..<n where j != i && !pinned[i * n + j] {
                let common = shared[i * n + j] + (inI && extra[j] ? 1 : 0)
                values.append(size == 0 ? 0 : Double(common) / Double(size))
            }
        }
        return values.sorted(by: >)
    }

    /// max over j≠i of |Ri∩Rj|/|Ri| for one agent, after `extra` gets one more object.
    private func ownLargest(_ i: Int, adding extra: [Bool]) -> Double {
        let n = sizes.count
        let inI = extra[i]
        let size = sizes[i] + (inI ? 1 : 0)
        guard size > 0 else { return 0 }
        var largest = 0
        for j in 0..<n where j != i && !pinned[i * n + j] { largest = max(largest, shared[i * n + j] + (inI && extra[j] ? 1 : 0)) }
        return Double(largest) / Double(size)
    }

    /// The agent whose fake leaves the relative overlaps lowest, largest first; nil when none lowers them.
    public func nextPick() -> AllocationPick? {
        var best: (agent: EntityID, values: [Double])?
        var bestKey = overlaps(adding: noExtra)
        for agent in model.agents {
            let values = overlaps(adding: mask(ofFakeAt: agent))
            if Self.isLower(values, than: bestKey) {
                best = (agent, values)
                bestKey = values
            }
        }
        guard let best, let i = index[best.agent] else { return nil }
        return AllocationPick(agent: best.agent, gain: ownLargest(i, adding: noExtra) - ownLargest(i, adding: mask(ofFakeAt: best.agent)), objective: best.values.first ?? 0)
    }

    public mutating func place(_ pick: AllocationPick) {
        let visibility = visibility(ofFakeAt: pick.agent)
        model.add(count: 1, visibleTo: visibility)
        let n = sizes.count
        let members = visibility.compactMap { index[$0] }
        for a in members {
            sizes[a] += 1
            for b in members where b != a { shared[a * n + b] += 1 }
        }
    }

    public func reason(agent: EntityID, picks: [AllocationPick], total: Int) -> String {
        String(format: "s-max: a canary at %@ left the relative overlaps |Ri∩Rj|/|Ri| lowest, largest first, for %d of the %d remaining canaries (its own largest fell by %.6f at the first, %.6f at the last; the largest of all is %.4f after the last)",
               agent.rawValue, picks.count, total, picks.first?.gain ?? 0, picks.last?.gain ?? 0, picks.last?.objective ?? 0)
    }

    /// Lexicographic order on relative overlaps sorted largest first, with a tolerance so equal
    /// fractions computed two ways (2/4 and 1/2) tie.
    static func isLower(_ lhs: [Double], than rhs: [Double]) -> Bool {
        for (a, b) in zip(lhs, rhs) {
            if a < b - 1e-12 { return true }
            if a > b + 1e-12 { return false }
        }
        return false
    }
}
