import Foundation

/// Everything a report says about a case, gathered from the registry: the only input report writers get.
public struct CaseFindings: Codable, Hashable, Sendable {
    public var caseName: String
    public var generatedAt: Date
    public var examiners: [String]
    public var toolVersion: String
    /// SHA-256 of the registry's identity (its id and public signing key), so a report names its registry.
    public var registryFingerprint: String
    public var pipeline: Pipeline
    public var plants: [Plant]
    public var evidence: [EvidenceItem]
    public var hits: [Hit]
    public var attribution: Attribution
    public var counts: RecordCounts
    /// When matching ran.
    public var matchedAt: Date
    /// Case, seal and exhibit numbers and the witness, when the analyst gave them.
    public var filing: FilingDetails?
    /// The audit log's latest signed tree head when the report was written.
    public var auditCheckpoint: AuditCheckpoint?

    public init(
        caseName: String, generatedAt: Date, examiners: [String], toolVersion: String, registryFingerprint: String,
        pipeline: Pipeline, plants: [Plant], evidence: [EvidenceItem], hits: [Hit], attribution: Attribution,
        counts: RecordCounts, matchedAt: Date, filing: FilingDetails? = nil, auditCheckpoint: AuditCheckpoint? = nil
    ) {
        self.caseName = caseName
        self.generatedAt = generatedAt
        self.examiners = examiners
        self.toolVersion = toolVersion
        self.registryFingerprint = registryFingerprint
        self.pipeline = pipeline
        self.plants = plants
        self.evidence = evidence
        self.hits = hits
        self.attribution = attribution
        self.counts = counts
        self.matchedAt = matchedAt
        self.filing = filing
        self.auditCheckpoint = auditCheckpoint
    }
}
