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
        let needle = Array(seen.utf8)
        guard let first = needle.first else { return (cursor, line) }
        var at = cursor
        var found: Int?
        while at + needle.count <= bytes.count {
            if bytes[at] == first && bytes[at..<at + needle.count].elementsEqual(needle) {
                found = at
                break
            }
            at += 1
        }
        guard let start = found else { return (cursor, line) }
        for index in cursor..<start where bytes[index] == 0x0A { line += 1 }
        cursor = start
        return (start, line)
    }
}
