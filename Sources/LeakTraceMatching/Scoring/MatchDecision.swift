/// What one seized record came to: the canaries it is evidence for, and the possible links that
/// stayed below the evidence threshold or failed a rule (a masked phone alone never counts).
///
/// ```swift
/// let decision = matcher.decide(record)
/// decision.hits            // counted: above the threshold and within the rules
/// decision.possibleLinks   // listed for the examiner, never counted as evidence
/// ```
/// Possible links are kept only from `RecordMatcher.possibleLinkFloor` bits up: below it every
/// GB/T-masked row of a large list would be a "link" to some canary sharing five visible digits.
public struct MatchDecision: Hashable, Sendable {
    public let hits: [CanaryMatch]
    public let possibleLinks: [CanaryMatch]

    public init(hits: [CanaryMatch], possibleLinks: [CanaryMatch]) {
        self.hits = hits
        self.possibleLinks = possibleLinks
    }

    /// The record matched nothing worth listing.
    public var isEmpty: Bool { hits.isEmpty && possibleLinks.isEmpty }
}
