import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching
import LeakTraceRegistry

/// The canaries a match compares seized records with: every canary for the planter; for an
/// examiner only those some seized record leads to, opened from their examiner copies.
///
/// ```swift
/// let canaries = try MatchCanaries.load(for: workspace, paths: ["leak.csv"])
/// ```
/// An examiner's match therefore reads its files twice: once for the records' blocking keys
/// (`BlockingKeys.seized`), then to match. Every canary a record could be compared with shares one
/// of its keys, so the hits and possible links are those a planter's match finds.
enum MatchCanaries {
    static func load(for workspace: Workspace, paths: [String]) throws -> [Canary] {
        guard workspace.role == .examiner else { return try workspace.registry.canaries() }
        let intake = EvidenceIntake()
        var keys = Set<String>()
        for path in paths {
            // A file that cannot be read fails again, with its message, when it is matched.
            _ = try? intake.read(path: path) { record in
                keys.formUnion(BlockingKeys.seized(record))
            }
        }
        return try workspace.registry.unlockedCanaries(keys: keys)
    }
}
