import LeakTraceCore

/// A canary a seized record was compared with, and how it came out.
///
/// ```swift
/// for match in matcher.matches(in: record) {
///     print(match.canaryID, match.score, match.fields.phone, match.coincidence)
/// }
/// ```
public struct CanaryMatch: Hashable, Sendable {
    public let canaryID: String
    /// Fellegi–Sunter weight in bits, summed over the three fields.
    public let score: Double
    public let fields: FieldAgreements
    /// Each field's level, weight and chance agreement.
    public let scores: FieldScores
    /// Above the threshold and within the rules: evidence. Otherwise a possible link, listed but
    /// never counted.
    public let isHit: Bool

    public init(canaryID: String, scores: FieldScores, isHit: Bool) {
        self.canaryID = canaryID
        self.score = scores.total
        self.fields = scores.agreements
        self.scores = scores
        self.isHit = isHit
    }

    /// u_record: the chance an unrelated record agrees with this canary as well as this one does.
    public var coincidence: Double { scores.coincidence }
}
