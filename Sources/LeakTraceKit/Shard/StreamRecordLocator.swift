/// `RecordLocator` for a list that goes by in blocks: finds where each record emitted starts, from
/// the bytes it has been shown, keeping only the last blocks.
///
/// ```swift
/// var locator = StreamRecordLocator(keep: 8 << 20)
/// locator.observe(block)                         // every byte, in order, before its records are emitted
/// let (offset, line) = locator.locate(record.seen)   // 0-based byte, 1-based line, of the whole stream
/// ```
///
/// The search is `RecordLocator`'s (the next occurrence at or after the previous record's start), so
/// a streamed shard names the offsets a whole read names. `keep` must cover what the reader can
/// carry from one block into the next (a block, for `DelimitedStream`): a record emitted after a
/// block was shown starts no earlier than that many bytes before the block.
struct StreamRecordLocator {
    let keep: Int
    private var window: [UInt8] = []
    /// Stream offset of `window[0]`.
    private var base = 0
    /// Stream offset from which the next record is looked for, and the line it is on.
    private var cursor = 0
    private var line = 1

    init(keep: Int) {
        self.keep = keep
    }

    mutating func observe(_ block: UnsafeRawBufferPointer) {
        window.append(contentsOf: block)
        let drop = window.count - block.count - keep
        guard drop > 0 else { return }
        // Bytes before `drop` are done with: count the lines the cursor passes on its way to them.
        let newBase = base + drop
        if cursor < newBase {
            for index in (cursor - base)..<drop where window[index] == 0x0A { line += 1 }
            cursor = newBase
        }
        window.removeFirst(drop)
        base = newBase
    }

    mutating func locate(_ seen: String) -> (offset: Int, line: Int) {
        let from = cursor - base
        guard let found = window.withUnsafeBufferPointer({ RecordLocator.next(Array(seen.utf8), in: $0, from: from) }) else {
            return (cursor, line)
        }
        line += found.lineFeeds
        cursor = base + found.start
        return (cursor, line)
    }
}
