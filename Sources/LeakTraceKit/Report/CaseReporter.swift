import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry
import LeakTraceReport

/// Writes a case's signed evidence report from what the registry holds.
///
/// ```swift
/// let filing = FilingDetails(caseNumber: "2026-017", sealNumber: "FC-01", witness: "证人甲")
/// let manifest = try CaseReporter(workspace: workspace).write(
///     caseName: "2026-017", to: url, language: .zh, examiners: ["A", "B"], filing: filing, actor: "A")
/// ```
/// Only the canaries that matched appear in the report; once it is written they are marked burned,
/// with the case that disclosed them, because the defence will see them.
///
/// The audit log is sealed before the report is written, so the report quotes a signed tree head
/// that covers the case's intake and match, and sealed again after the report and burn entries.
public struct CaseReporter: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func findings(
        caseName: String, examiners: [String], filing: FilingDetails? = nil, auditCheckpoint: AuditCheckpoint? = nil, at date: Date = Date()
    ) throws -> CaseFindings {
        let stored = try workspace.registry.loadCase(caseName)
        var names = examiners.filter { !$0.isEmpty }
        if names.isEmpty { names = [stored.examiner] }
        return CaseFindings(
            caseName: stored.name, generatedAt: Timestamp.truncated(date), examiners: names,
            toolVersion: LeakTraceVersion.current, registryFingerprint: try workspace.fingerprint(),
            pipeline: try workspace.registry.pipeline(), plants: try workspace.registry.plants(),
            evidence: stored.evidence, hits: stored.hits, attribution: stored.attribution,
            counts: stored.counts, matchedAt: stored.matchedAt, filing: filing, auditCheckpoint: auditCheckpoint)
    }

    @discardableResult
    public func write(
        caseName: String, to directory: URL, language: ReportLanguage, examiners: [String], filing: FilingDetails? = nil, actor: String
    ) throws -> ReportManifest {
        let notary = AuditNotary(workspace: workspace)
        let checkpoint = try notary.checkpoint()
        let findings = try findings(caseName: caseName, examiners: examiners, filing: filing, auditCheckpoint: checkpoint)
        let manifest = try ReportWriter(signingKey: workspace.signingKey()).write(findings, language: language, to: directory)
        let manifestData = try Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        try workspace.registry.recordReport(caseName: caseName, directory: directory.path, manifestSHA256: Digest.sha256Hex(manifestData), actor: actor)
        try workspace.registry.recordDisclosure(caseName: caseName, canaryIDs: findings.hits.map(\.canary), actor: actor)
        try notary.seal()
        return manifest
    }
}
