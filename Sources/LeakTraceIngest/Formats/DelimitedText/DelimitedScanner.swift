/// The byte-level record splitter behind `DelimitedTextReader`: RFC 4180 quoting (doubled quotes,
/// embedded newlines), lenient where real lists break the rules, bounded where hostile ones try to.
///
/// It reports byte ranges, never strings, so sampling and dialect detection cost no allocations;
/// the reader turns only the ranges it keeps into strings.
struct DelimitedScanner {
    let delimiter: UInt8
    /// A record longer than this is skipped as `too-long` (or `broken-quoting` inside quotes).
    let maxRecordBytes: Int
    /// A quoted field may span at most this many newlines before its quote counts as unterminated.
    let maxRecordLines: Int

    static let quote: UInt8 = 0x22
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// One field's raw bytes; a quoted field's range includes its quotes.
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
    }

    enum Outcome {
        case record
        case brokenQuoting
        case tooLong
    }

    /// What the scanner found at one place in the text.
    struct Scanned {
        var outcome: Outcome
        /// 1-based line on which the record (or the damage) starts.
        var line: Int
        /// The record's bytes without its line terminator (for `seen`).
        var range: Range<Int>
        var fields: [Field]
        /// Where scanning resumes after this item, and on which line; `next` past the text's end means
        /// the item's line runs on beyond it (only a block of a longer stream can end that way).
        var next: Int = 0
        var nextLine: Int = 1
        /// The item ran into the end of the text before its record ended: in a block of a stream it is
        /// incomplete and must be scanned again with the next block appended.
        var reachedEnd = false
    }

    /// Calls `body` for every record and every damaged row, in order; `body` returns false to stop.
    func scan(_ text: UnsafeBufferPointer<UInt8>, startLine: Int = 1, body: (Scanned) throws -> Bool) rethrows {
        let count = text.count
        var position = 0
        var line = startLine
        var scanned = Scanned(outcome: .record, line: 1, range: 0..<0, fields: [])
        scanned.fields.reserveCapacity(32)

        while position < count {
            let recordStart = position
            var fieldStart = position
            var quoted = false
            var newlinesInQuotes = 0
            var outcome = Outcome.record
            var recordEnd = count
            var next = count
            var reachedEnd = false
            scanned.fields.removeAll(keepingCapacity: true)

            record: while true {
                if position >= count {
                    scanned.fields.append(Field(start: fieldStart, end: count, quoted: quoted))
                    reachedEnd = true
                    break record
                }
                let byte = text[position]
                if byte == Self.quote && position == fieldStart {
                    quoted = true
                    position += 1
                    while true {
                        guard position < count else { outcome = .brokenQuoting; reachedEnd = true; break record }
                        let inner = text[position]
                        if inner == Self.quote {
                            if position + 1 < count && text[position + 1] == Self.quote { position += 2; continue }
                            position += 1
                            break
                        }
                        if inner == Self.lineFeed {
                            newlinesInQuotes += 1
                            if newlinesInQuotes > maxRecordLines { outcome = .brokenQuoting; break record }
                        }
                        position += 1
                        if position - recordStart > maxRecordBytes { outcome = .brokenQuoting; break record }
                    }
                    continue
                }
                if byte == delimiter {
                    scanned.fields.append(Field(start: fieldStart, end: position, quoted: quoted))
                    position += 1
                    fieldStart = position
                    quoted = false
                    continue
                }
                if byte == Self.lineFeed {
                    var end = position
                    if end > fieldStart && text[end - 1] == Self.carriageReturn { end -= 1 }
                    scanned.fields.append(Field(start: fieldStart, end: end, quoted: quoted))
                    recordEnd = end
                    next = position + 1
                    break record
                }
                position += 1
                if position - recordStart > maxRecordBytes { outcome = .tooLong; break record }
            }

            scanned.outcome = outcome
            scanned.reachedEnd = reachedEnd
            scanned.line = line
            switch outcome {
            case .record:
                scanned.range = recordStart..<recordEnd
                line += newlinesInQuotes + 1
                position = next
            case .brokenQuoting:
                // Only the line the quote opened on is lost: reading resumes on the next line, so one
                // stray quote cannot swallow the rest of the file.
                scanned.range = recordStart..<recordStart
                position = Self.lineEnd(in: text, from: recordStart) + 1
                line += 1
            case .tooLong:
                scanned.range = recordStart..<recordStart
                position = Self.lineEnd(in: text, from: position) + 1
                line += newlinesInQuotes + 1
            }
            scanned.next = position
            scanned.nextLine = line
            guard try body(scanned) else { return }
        }
    }

    /// The index of the next line feed at or after `start`, or the text's end.
    static func lineEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.count && text[index] != lineFeed { index += 1 }
        return index
    }

    /// A field's value: quotes removed and doubled quotes undone; unquoted fields are trimmed of spaces.
    /// Replaces `cells` with the values of `fields`; returns false when every one is empty (a blank
    /// row, which readers skip without counting).
    func fill(_ cells: inout [String], from fields: [Field], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        cells.removeAll(keepingCapacity: true)
        var blank = true
        for field in fields {
            let value = self.value(of: field, in: text)
            if !value.isEmpty { blank = false }
            cells.append(value)
        }
        return !blank
    }

    func value(of field: Field, in text: UnsafeBufferPointer<UInt8>) -> String {
        guard field.quoted else {
            var start = field.start
            var end = field.end
            while start < end && isPadding(text[start]) { start += 1 }
            while end > start && isPadding(text[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        }
        let contentStart = field.start + 1
        var index = contentStart
        while index < field.end && text[index] != Self.quote { index += 1 }
        if index == field.end - 1 {   // the common case: no doubled quote, nothing after the closing one
            return String(decoding: UnsafeBufferPointer(rebasing: text[contentStart..<index]), as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.end - field.start)
        index = contentStart
        while index < field.end {
            let byte = text[index]
            if byte == Self.quote {
                if index + 1 < field.end && text[index + 1] == Self.quote {
                    bytes.append(Self.quote)
                    index += 2
                    continue
                }
                // Text after a closing quote (`"abc"def`) is kept as written, as lenient readers do.
                var tail = index + 1
                var tailEnd = field.end
                while tail < tailEnd && isPadding(text[tail]) { tail += 1 }
                while tailEnd > tail && isPadding(text[tailEnd - 1]) { tailEnd -= 1 }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[tail..<tailEnd]))
                break
            }
            bytes.append(byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func isPadding(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte == 0x09 && delimiter != 0x09) || byte == Self.carriageReturn
    }
}
