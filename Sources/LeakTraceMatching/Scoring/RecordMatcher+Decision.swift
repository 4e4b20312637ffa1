import LeakTraceCore

extension RecordMatcher {
    /// Possible links weaker than this (in bits) are not listed: 16 bits is a phone with seven
    /// visible digits, or five visible digits with a masked surname; a chance agreement that
    /// strong turns up about once in 65,000 rows per canary.
    public static let possibleLinkFloor = 16.0

    /// Hits and possible links of one record, each best first.
    ///
    /// ```swift
    /// let decision = matcher.decide(SeizedRecord(number: 3, cells: ["林**", "138****0001"], seen: "林**,138****0001"))
    /// decision.hits                           // []: a masked phone and a surname are no evidence
    /// decision.possibleLinks.first?.canaryID  // "c000001", with its weight and fields, for the examiner
    /// ```
    public func decide(_ record: SeizedRecord, possibleLinkFloor: Double = RecordMatcher.possibleLinkFloor) -> MatchDecision {
        let all = candidates(in: record)
        guard !all.isEmpty else { return MatchDecision(hits: [], possibleLinks: []) }
        let hits = all.filter(\.isHit)
        let found = Set(hits.map(\.canaryID))
        let links = all.filter { !$0.isHit && $0.score >= possibleLinkFloor && !found.contains($0.canaryID) }
        return MatchDecision(hits: hits, possibleLinks: links)
    }
}
