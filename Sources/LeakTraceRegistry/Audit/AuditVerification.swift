import LeakTraceCrypto

/// The outcome of checking the audit log: the hash chain, each signed tree head's signature and
/// Merkle root, and the consistency of successive heads.
///
/// ```swift
/// let check = try registry.verifyAudit()
/// guard check.ok else { for problem in check.problems { print(problem) }; exit(1) }
/// print(check.entries, check.latestHead?.treeSize ?? 0, check.unsealed)
/// ```
public struct AuditVerification: Sendable, Hashable {
    public var entries: Int
    /// The signed tree heads, smallest first.
    public var heads: [SignedTreeHead]
    /// One line per problem; empty when everything checks out.
    public var problems: [String]

    public init(entries: Int, heads: [SignedTreeHead], problems: [String]) {
        self.entries = entries
        self.heads = heads
        self.problems = problems
    }

    public var ok: Bool { problems.isEmpty }

    public var latestHead: SignedTreeHead? { heads.last }

    /// Entries written after the latest signed head (a command interrupted before it could sign).
    /// They are chained but not yet covered by a signature, so a cut at the log's end would go unseen.
    public var unsealed: Int { max(0, entries - (latestHead?.treeSize ?? 0)) }
}
