import Synchronization
import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching
import LeakTraceRegistry

/// The canaries a match compares seized records with: every canary's planted person for the
/// planter; for an examiner only those some seized record leads to, opened from their examiner
/// copies. The whole canary (placement, plant time) is opened only for those that turn up.
///
/// ```swift
/// let canaries = try MatchCanaries.load(for: workspace, paths: ["leak.csv"])
/// let index = CanaryIndex(canaries.people)
/// canaries.canary("c000017")?.placement      // opened once, then kept
/// try canaries.check()                       // a canary that failed to open fails the match here
/// ```
/// An examiner's match reads its files twice: once for the records' blocking keys
/// (`BlockingKeys.seized`), then to match. Every canary a record could be compared with shares one
/// of its keys, so the hits and possible links are those a planter's match finds.
final class MatchCanaries: Sendable {
    let people: [(id: String, person: PersonRecord)]
    private let registry: Registry
    private let opened: Mutex<[String: Canary]>
    private let failure = Mutex<String?>(nil)

    private init(people: [(id: String, person: PersonRecord)], opened: [Canary], registry: Registry) {
        self.people = people
        self.registry = registry
        self.opened = Mutex(Dictionary(uniqueKeysWithValues: opened.map { ($0.id, $0) }))
    }

    static func load(for workspace: Workspace, paths: [String]) throws -> MatchCanaries {
        guard workspace.role == .examiner else { return try every(in: workspace) }
        let intake = EvidenceIntake()
        var keys = Set<String>()
        for path in paths {
            // A file that cannot be read fails again, with its message, when it is matched.
            _ = try? intake.read(path: path) { record in
                keys.formUnion(BlockingKeys.seized(record))
            }
        }
        // An examiner's key opens no canary row, only these copies: all of them are opened now.
        let unlocked = try workspace.registry.unlockedCanaries(keys: keys)
        return MatchCanaries(people: unlocked.map { (id: $0.id, person: $0.person) }, opened: unlocked, registry: workspace.registry)
    }

    /// Every canary, as the planter matches: what `match --shard` needs, whatever the piece holds.
    static func every(in workspace: Workspace) throws -> MatchCanaries {
        MatchCanaries(people: try workspace.registry.canaryPeople(), opened: [], registry: workspace.registry)
    }

    /// The ids of every canary matched against, for `ShardMatcher.canarySet`.
    var ids: [String] { people.map(\.id) }

    /// The canary `id`, opened from the registry the first time it is asked for; `nil` when it
    /// could not be (the reason is kept for `check()`).
    func canary(_ id: String) -> Canary? {
        if let known = opened.withLock({ $0[id] }) { return known }
        do {
            guard let canary = try registry.canary(id: id) else { throw LeakTraceError.registry("canary \(id) matched but is not in the registry") }
            opened.withLock { $0[id] = canary }
            return canary
        } catch {
            failure.withLock { $0 = $0 ?? String(describing: error) }
            return nil
        }
    }

    /// Throws if any canary asked for could not be opened, so no hit is silently dropped.
    func check() throws {
        if let reason = failure.withLock({ $0 }) { throw LeakTraceError.registry(reason) }
    }
}
