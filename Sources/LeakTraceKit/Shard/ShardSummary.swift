import LeakTraceCore

/// The last line of a shard's output: what it read and counted, so `merge` can sum shards and check
/// that none is missing a part.
///
/// ```swift
/// let summary = try ShardMatcher(workspace: workspace).match(input: bytes) { _ in }
/// summary.counts.rows   // data records read from this shard
/// ```
///
/// `hits` lets `merge` notice an output cut short (a killed task), and the two fingerprints that
/// every shard was matched against the same registry and the same canaries.
public struct ShardSummary: Codable, Hashable, Sendable {
    public var bytes: Int
    public var sha256: String
    public var md5: String
    public var sm3: String
    /// Data records the reader found (the header, if any, not counted).
    public var records: Int
    public var format: String
    public var skipped: [String: Int]
    public var counts: RecordCounts
    /// How many hit lines precede this summary.
    public var hits: Int
    public var registryFingerprint: String
    /// SHA-256 of the sorted canary ids the shard matched against.
    public var canarySet: String

    public init(
        bytes: Int, sha256: String, md5: String, sm3: String, records: Int, format: String, skipped: [String: Int],
        counts: RecordCounts, hits: Int, registryFingerprint: String, canarySet: String
    ) {
        self.bytes = bytes
        self.sha256 = sha256
        self.md5 = md5
        self.sm3 = sm3
        self.records = records
        self.format = format
        self.skipped = skipped
        self.counts = counts
        self.hits = hits
        self.registryFingerprint = registryFingerprint
        self.canarySet = canarySet
    }

    enum CodingKeys: String, CodingKey {
        case bytes, sha256, md5, sm3, records, format, skipped, counts, hits
        case registryFingerprint = "registry_fingerprint"
        case canarySet = "canary_set"
    }
}
