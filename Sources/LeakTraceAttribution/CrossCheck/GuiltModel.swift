import LeakTraceCore

/// Papadimitriou & Garcia-Molina's guilt model ("Data Leakage Detection", IEEE TKDE 23(1), 2011),
/// computed beside the main model as an independent cross-check.
///
/// Each leaked object t was either guessed by the target (probability p) or leaked by one of the
/// agents Vt that held it, each equally likely. An agent is guilty if it leaked at least one object:
///
///     Pr{Gi|S} = 1 − ∏_{t ∈ S∩Ri} (1 − (1−p)/|Vt|)
///
/// The model has no notion of coverage or of absent objects, so it cannot exonerate an entity whose
/// canaries are missing; that is why it is a cross-check and not the attribution itself.
///
/// ```swift
/// let holdings: [EntityID: Set<String>] = ["a1": ["t1", "t2"], "a2": ["t1", "t3"]]
/// GuiltModel.probability(agent: "a1", leaked: ["t1", "t2", "t3"], holdings: holdings, p: 0.5)  // 0.625
/// ```
public enum GuiltModel {
    /// Pr{Gi|S} = 1 − ∏_{t ∈ S∩Ri} (1 − (1−p)/|Vt|), with Vt the agents holding t.
    public static func probability(agent: EntityID, leaked: Set<String>, holdings: [EntityID: Set<String>], p: Double) -> Double {
        guard let held = holdings[agent] else { return 0 }
        var innocence = 1.0
        for object in held.intersection(leaked) {
            let holders = holdings.values.reduce(0) { $0 + ($1.contains(object) ? 1 : 0) }
            innocence *= 1 - (1 - p) / Double(holders)
        }
        return 1 - innocence
    }

    /// Pr{Gi|S} for every agent, in the order given; the holder counts are computed once.
    public static func estimates(agents: [EntityID], leaked: Set<String>, holdings: [EntityID: Set<String>], p: Double) -> [GuiltEstimate] {
        var holderCount: [String: Int] = [:]
        for held in holdings.values {
            for object in held where leaked.contains(object) { holderCount[object, default: 0] += 1 }
        }
        return agents.map { agent in
            var innocence = 1.0
            // Sorted so the product is formed in the same order every run: same inputs, same bits.
            for object in (holdings[agent] ?? []).intersection(leaked).sorted() {
                innocence *= 1 - (1 - p) / Double(holderCount[object] ?? 1)
            }
            return GuiltEstimate(entity: agent, probability: 1 - innocence, p: p)
        }
    }
}
