/// What `leaktrace merge` was asked to do.
///
/// ```swift
/// let request = MergeRequest(shards: ["part-0.jsonl", "part-1.jsonl"], caseName: "2026-017", examiner: "A")
/// ```
public struct MergeRequest: Sendable {
    /// Shard outputs, in the order of the pieces of the list they came from.
    public var shards: [String]
    public var caseName: String
    public var examiner: String

    public init(shards: [String], caseName: String, examiner: String) {
        self.shards = shards
        self.caseName = caseName
        self.examiner = examiner
    }
}
