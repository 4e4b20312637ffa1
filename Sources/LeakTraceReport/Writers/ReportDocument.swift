import Foundation
import LeakTraceCore

/// The content of `report.json`, and the single source the HTML is rendered from, so the
/// machine-readable and the human-readable report cannot disagree.
///
/// `evidence`, `hits` and `attribution` are Core's types encoded as the `match` JSON contract
/// has them, so scripts read `match` output and reports alike.
///
/// ```swift
/// let document = ReportDocument(findings: findings, language: .en, signingKeyFingerprint: fingerprint)
/// let data = try JSONCoding.encoder().encode(document)
/// ```
public struct ReportDocument: Codable, Hashable, Sendable {
    public var `case`: ReportCase
    public var language: ReportLanguage
    public var generatedAt: Date
    public var examiners: [String]
    public var tool: ReportTool
    public var registryFingerprint: String
    /// SHA-256 of the raw Ed25519 public key that signs the manifest.
    public var signingKeyFingerprint: String
    public var pipeline: Pipeline
    public var plants: [Plant]
    public var evidence: [EvidenceItem]
    public var hits: [Hit]
    public var attribution: Attribution
    public var counts: RecordCounts
    /// The extraction and examination process in plain language, one paragraph per step.
    public var method: [String]
    /// The evaluative section: propositions and LRs, never posteriors.
    public var propositions: [ReportProposition]
    /// What every LR in `propositions` assumes.
    public var assumptions: [String]
    /// What the canaries cannot show, in the report's language.
    public var limitations: [String]
    /// The attribution's prior, coverage model and window reasons, in the report's language.
    public var explanations: ReportExplanations
    /// The audit log's signed tree head when the report was written, if the registry had one.
    public var auditCheckpoint: AuditCheckpoint?

    public init(findings: CaseFindings, language: ReportLanguage, signingKeyFingerprint: String) {
        let t = ReportText(language)
        let filing = findings.filing ?? FilingDetails()
        self.case = ReportCase(
            name: findings.caseName, number: filing.caseNumber, sealNumber: filing.sealNumber, witness: filing.witness,
            matchedAt: findings.matchedAt,
            exhibits: findings.evidence.enumerated().map {
                ReportExhibit(number: ReportExhibit.number(at: $0.offset, given: filing.exhibitNumbers), path: $0.element.path, sha256: $0.element.sha256)
            })
        self.language = language
        self.generatedAt = findings.generatedAt
        self.examiners = findings.examiners
        self.tool = ReportTool(name: LeakTraceVersion.toolName, version: findings.toolVersion)
        self.registryFingerprint = findings.registryFingerprint
        self.signingKeyFingerprint = signingKeyFingerprint
        self.pipeline = findings.pipeline
        self.plants = findings.plants
        self.evidence = findings.evidence
        self.hits = findings.hits
        self.attribution = findings.attribution
        self.counts = findings.counts
        self.method = Self.method(findings, t)
        self.propositions = Self.propositions(findings, t)
        self.assumptions = Self.assumptions(findings, t)
        self.limitations = Self.limitations(findings, t)
        let wording = AttributionWording(findings: findings, language: language)
        self.explanations = ReportExplanations(
            prior: wording.prior(), coverageModel: wording.coverageModel(),
            afterReason: wording.afterReason(), beforeReason: wording.beforeReason())
        self.auditCheckpoint = findings.auditCheckpoint
    }

    enum CodingKeys: String, CodingKey {
        case `case`, language, examiners, tool, pipeline, plants, evidence, hits, attribution, counts
        case method, propositions, assumptions, limitations, explanations
        case auditCheckpoint = "audit_checkpoint"
        case generatedAt = "generated_at"
        case registryFingerprint = "registry_fingerprint"
        case signingKeyFingerprint = "signing_key_fingerprint"
    }
}
