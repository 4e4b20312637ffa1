/// Finds where each record the reader emits starts in the text it read, moving forward only.
///
/// ```swift
/// var locator = RecordLocator()
/// let (offset, line) = locator.locate(record.seen, in: bytes)   // 0-based byte, 1-based line
/// ```
///
/// The reader gives records in order with `seen` exactly their bytes, so the next occurrence at or
/// after the previous record's start is this record's start; the cursor makes the whole piece cost
/// one pass rather than a search from the top per hit.
struct RecordLocator {
    private var cursor = 0
    private var line = 1

    mutating func locate(_ seen: String, in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int) {
        guard let found = Self.next(Array(seen.utf8), in: bytes, from: cursor) else { return (cursor, line) }
        line += found.lineFeeds
        cursor = found.start
        return (cursor, line)
    }

    /// Where `needle` next starts in `bytes` at or after `from`, and the line feeds passed on the
    /// way; `nil` for an empty needle or none found. `StreamRecordLocator` searches its window with it.
    static func next(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (start: Int, lineFeeds: Int)? {
        guard let first = needle.first else { return nil }
        var at = from
        while at + needle.count <= bytes.count {
            if bytes[at] == first && bytes[at..<at + needle.count].elementsEqual(needle) {
                var lineFeeds = 0
                for index in from..<at where bytes[index] == 0x0A { lineFeeds += 1 }
                return (at, lineFeeds)
            }
            at += 1
        }
        return nil
    }
}
