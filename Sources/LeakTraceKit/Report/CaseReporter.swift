import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry
import LeakTraceReport

/// Writes a case's signed evidence report from what the registry holds.
///
/// ```swift
/// let manifest = try CaseReporter(workspace: workspace).write(caseName: "2026-017", to: url, language: .zh, examiners: ["A", "B"])
/// ```
/// Only the canaries that matched appear in the report; once it is written they are marked burned,
/// because the defence will see them.
public struct CaseReporter: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func findings(caseName: String, examiners: [String], at date: Date = Date()) throws -> CaseFindings {
        let stored = try workspace.registry.loadCase(caseName)
        var names = examiners.filter { !$0.isEmpty }
        if names.isEmpty { names = [stored.examiner] }
        return CaseFindings(
            caseName: stored.name, generatedAt: Timestamp.truncated(date), examiners: names,
            toolVersion: LeakTraceVersion.current, registryFingerprint: try workspace.fingerprint(),
            pipeline: try workspace.registry.pipeline(), plants: try workspace.registry.plants(),
            evidence: stored.evidence, hits: stored.hits, attribution: stored.attribution,
            counts: stored.counts, matchedAt: stored.matchedAt)
    }

    @discardableResult
    public func write(caseName: String, to directory: URL, language: ReportLanguage, examiners: [String], actor: String) throws -> ReportManifest {
        let findings = try findings(caseName: caseName, examiners: examiners)
        let manifest = try ReportWriter(signingKey: workspace.secret.signingKey()).write(findings, language: language, to: directory)
        let manifestData = try Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        try workspace.registry.recordReport(caseName: caseName, directory: directory.path, manifestSHA256: Digest.sha256Hex(manifestData), actor: actor)
        let disclosed = Array(Set(findings.hits.map(\.canary))).sorted()
        try workspace.registry.burn(canaryIDs: disclosed, actor: actor, reason: "disclosed in the report of case \(caseName)")
        return manifest
    }
}
