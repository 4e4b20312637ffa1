import LeakTraceCore

/// One hit as `match --shard` writes it: the hit, and where its record starts in the shard's input.
///
/// ```swift
/// let line = ShardHit(offset: 4_096, line: 58, hit: hit)
/// line.offset   // byte at which the record starts in this shard's stdin
/// ```
///
/// The offset and line are the shard's own, so a distributed engine can find the row again in the
/// partition it fed; `merge` turns the record number into the whole list's.
public struct ShardHit: Codable, Hashable, Sendable {
    /// Byte offset of the record's first byte in the shard's input (0-based).
    public var offset: Int
    /// 1-based line on which the record starts in the shard's input.
    public var line: Int
    public var hit: Hit

    public init(offset: Int, line: Int, hit: Hit) {
        self.offset = offset
        self.line = line
        self.hit = hit
    }
}
