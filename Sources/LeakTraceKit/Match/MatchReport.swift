import Foundation
import LeakTraceCore

/// The `match` JSON: evidence, hits and attribution (the contract), plus the record counts.
public struct MatchReport: Codable, Sendable, Hashable {
    public var caseName: String
    public var examiner: String
    public var matchedAt: Date
    public var registryFingerprint: String
    public var evidence: [EvidenceItem]
    public var hits: [Hit]
    public var attribution: Attribution
    public var counts: RecordCounts
    /// Files that could not be read at all, each with its one-line reason; the others went through.
    public var unreadable: [String]
    /// Candidates that stayed below the evidence threshold or failed a rule (a masked phone alone):
    /// listed for the examiner to look at, never counted as hits or used in the attribution.
    /// At most `CaseMatcher.possibleLinkLimit`, in file and record order.
    public var possibleLinks: [Hit] = []

    enum CodingKeys: String, CodingKey {
        case examiner, evidence, hits, attribution, counts, unreadable
        case possibleLinks = "possible_links"
        case caseName = "case"
        case matchedAt = "matched_at"
        case registryFingerprint = "registry_fingerprint"
    }

    public func jsonData() throws -> Data {
        var data = try JSONCoding.encoder().encode(self)
        data.append(0x0A)
        return data
    }
}
