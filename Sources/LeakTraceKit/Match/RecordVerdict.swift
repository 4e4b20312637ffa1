import LeakTraceCore

/// What matching one record gave, ready for the case: whether it holds a canary (for the counts),
/// its hit and its possible links as the JSON shows them. Worked out on any core.
///
/// ```swift
/// let verdict = RecordVerdict(isCanary: true, hit: hit)
/// verdict.links   // []
/// ```
struct RecordVerdict: Sendable {
    var isCanary: Bool
    var hit: Hit?
    var links: [Hit] = []
}
