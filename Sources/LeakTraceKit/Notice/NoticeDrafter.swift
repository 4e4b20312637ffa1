import Foundation
import LeakTraceCore
import LeakTraceReport

/// Drafts the PIPL Art. 57 breach notice for a matched case and writes it to a file.
///
/// ```swift
/// let written = try NoticeDrafter(workspace: workspace).write(caseName: "2026-017", language: .zh, to: url)
/// written   // ["branch-2"]: one notice per attributed source, in one file
/// ```
/// Without `entity`, a notice is drafted for every entity the attribution names as a source; a case
/// with no attributed source gets no notice, since there is no controller to address.
public struct NoticeDrafter: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func drafts(caseName: String, entity: EntityID? = nil, language: ReportLanguage, at date: Date = Date()) throws -> [BreachNotice] {
        let findings = try CaseReporter(workspace: workspace).findings(caseName: caseName, examiners: [], at: date)
        let targets: [EntityID]
        if let entity {
            targets = [entity]
        } else {
            targets = findings.attribution.sources
            guard !targets.isEmpty else {
                throw LeakTraceError.invalidInput("case \(caseName) attributes the list to no entity, so there is no controller to notify (name one with --entity)")
            }
        }
        return try targets.map { try BreachNotice(findings: findings, entity: $0, language: language, draftedAt: Timestamp.truncated(date)) }
    }

    /// Writes the drafts to `url` (never over an existing file) and returns the entities addressed.
    @discardableResult
    public func write(caseName: String, entity: EntityID? = nil, language: ReportLanguage, to url: URL, at date: Date = Date()) throws -> [EntityID] {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw LeakTraceError.invalidInput("\(url.path) already exists; a notice draft is never written over a file")
        }
        let notices = try drafts(caseName: caseName, entity: entity, language: language, at: date)
        try AtomicFile.write(Data(notices.map(\.markdown).joined(separator: "\n\n").utf8), to: url)
        return notices.map(\.entity.id)
    }
}
