import LeakTraceCore

extension MatchWeights {
    /// q ≈ N·u_record: the chance that one canary turns up by coincidence in an unrelated list of
    /// `listSize` rows, taking the weakest pattern (highest u_record) these weights accept.
    /// Capped at 1. Attribution uses it as the chance-match rate (BACKGROUND "Coincidence").
    ///
    /// ```swift
    /// MatchWeights.standard.chanceMatchProbability(listSize: 619_109)   // ≈ 1.1e-4
    /// ```
    public func chanceMatchProbability(listSize: Int) -> Double {
        guard listSize > 0, let u = weakestAcceptedPattern()?.coincidence else { return 0 }
        return min(1, Double(listSize) * u)
    }

    /// The accepted agreement pattern with the highest chance agreement, found by trying every
    /// level of every field (a few hundred patterns), so it follows any change to m, u or rules.
    public func weakestAcceptedPattern() -> FieldScores? {
        var phones: [FieldScore] = [phoneScore(.exact), phoneScore(.disagree), .missing]
        for v in 1...10 { phones.append(phoneScore(.masked, visibleDigits: v)) }
        var names: [FieldScore] = [nameScore(.exact), nameScore(.partial), nameScore(.disagree), .missing]
        for surname in [true, false] {
            for others in 0...3 where surname || others > 0 {
                names.append(nameScore(.masked, showsSurname: surname, otherVisible: others))
            }
        }
        let addresses: [FieldScore] = [.exact, .masked, .partial, .disagree, .missing].map { addressScore($0) }
        var weakest: FieldScores?
        for phone in phones {
            for name in names {
                for address in addresses {
                    let scores = FieldScores(phone: phone, name: name, address: address)
                    guard accepts(scores, phoneShared: false) else { continue }
                    if weakest == nil || scores.coincidence > weakest!.coincidence { weakest = scores }
                }
            }
        }
        return weakest
    }
}
