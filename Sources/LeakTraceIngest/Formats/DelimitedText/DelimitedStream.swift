import LeakTraceCore

/// Reads a delimited list (CSV, TSV, `|`, `;`) from disk in large blocks, in constant memory,
/// giving exactly the records and damage counts `DelimitedTextReader` gives for the whole file.
///
/// UTF-8 is scanned as read; GB18030 (so GBK and GB2312) and UTF-16 are decoded to UTF-8 through
/// iconv block by block first (`TextBlockSource`), with their `bad-encoding` lines counted as the
/// whole-file decoder counts them. `observe` always sees the file's own bytes, for the evidence hash.
///
/// Blocks are split at record boundaries: a record cut by a block's end (a quoted field with an
/// embedded newline included) is carried into the next block, and a line longer than any record
/// is counted `too-long` and skipped to its end. Dialect and columns come from the first block,
/// which holds the whole-file reader's samples. Each data record is first offered to `dismiss` as
/// bytes; only those it declines become `SeizedRecord`s.
///
/// ```swift
/// let stream = DelimitedStream()
/// let summary = try stream.read(path: "list.csv", observe: { block in digest.update(block) },
///                               dismiss: { _ in false }, emit: { record in matcher.check(record) })
/// summary.records   // as DelimitedTextReader().read(…) would count them
/// ```
public struct DelimitedStream: Sendable {
    public let reader: DelimitedTextReader
    public let blockSize: Int
    /// The file's encoding; nil detects it from the file's first bytes, as the intake's `FileSample` does.
    public let encoding: TextEncoding?

    public init(reader: DelimitedTextReader = DelimitedTextReader(), blockSize: Int = BlockFile.standardBlockSize, encoding: TextEncoding? = nil) {
        self.reader = reader
        // A block must hold the longest record the reader accepts, or that record could never be completed.
        self.blockSize = max(blockSize, reader.maxRecordBytes + 4096)
        self.encoding = encoding
    }

    /// Whether the stream reads what `sample` is: text in any encoding the intake decodes (UTF-8 with or
    /// without BOM, GB18030, UTF-16) that the delimited reader would be chosen for.
    public static func applies(to sample: FileSample, chosen reader: any FormatReader.Type) -> Bool {
        reader == DelimitedTextReader.self
    }

    /// The encoding of the file at `path`, judged from its first bytes as `FileSample` judges it.
    static func detectEncoding(path: String) throws -> TextEncoding {
        let file = try BlockFile(path: path)
        var head = [UInt8](repeating: 0, count: TextDecoding.sampleSize)
        let count = try file.read(into: &head, from: 0)
        return TextDecoding.detect(Array(head[..<count]))
    }

    /// Streams the file at `path`. `observe` sees every raw byte, in order, once (BOM included), for
    /// digests and progress; `dismiss` returns true for a record it has dealt with; `emit` gets the rest.
    public func read(
        path: String,
        observe: (UnsafeRawBufferPointer) throws -> Void,
        dismiss: (DelimitedRow) throws -> Bool,
        emit: (SeizedRecord) throws -> Void
    ) throws -> ReadSummary {
        let source = try TextBlockSource(path: path, encoding: encoding ?? Self.detectEncoding(path: path), blockSize: blockSize)
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var carried = 0          // bytes at the buffer's start left over from the previous block
        var line = 1             // the line on which buffer[0] starts
        var discarding = false   // skipping the rest of a too-long line that ran past the last block
        var first = true
        var state: State?
        var summary = ReadSummary()
        var badLines = 0
        var badSamples: [Int] = []

        while true {
            let read = try source.read(into: &buffer, from: carried, observe: observe)
            let filled = carried + read
            let isFinal = read == 0 || source.isExhausted
            var start = 0
            // A decoded file's BOM is already gone; a U+FEFF left in its text stays, as in the whole-file reader.
            if first, !source.isDecoded, filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            if discarding {
                // The rest of a too-long line: drop it up to its newline (the row is already counted),
                // but finish checking its encoding, as the whole-file decoder checks the whole line.
                var index = start
                while index < filled && buffer[index] != DelimitedScanner.lineFeed { index += 1 }
                let complete = index < filled || isFinal
                buffer.withUnsafeBufferPointer { whole in
                    state?.continuePending(UnsafeBufferPointer(rebasing: whole[start..<index]), complete: complete,
                                           badLines: &badLines, badSamples: &badSamples)
                }
                if complete { discarding = false }
                start = min(index + 1, filled)
            }
            let consumed: Int
            (consumed, line) = try buffer.withUnsafeBufferPointer { whole -> (Int, Int) in
                let text = UnsafeBufferPointer(rebasing: whole[start..<filled])
                if state == nil {
                    state = State.begin(text, isWhole: isFinal, isValid: source.isDecoded, reader: reader, summary: &summary)
                }
                return try state!.scan(
                    text, startLine: line, isFinal: isFinal, discarding: &discarding, summary: &summary,
                    badLines: &badLines, badSamples: &badSamples, dismiss: dismiss, emit: emit)
            }
            first = false
            let rest = filled - start - consumed
            if isFinal && read == 0 { break }
            if rest > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    let base = pointer.baseAddress!
                    (base).update(from: base + start + consumed, count: rest)
                }
            }
            carried = rest
            if isFinal && rest == 0 {
                // Confirm the end: a file that grew while read is caught by `close`.
                let more = try source.read(into: &buffer, from: 0, observe: observe)
                if more == 0 { break }
                carried = more
            }
        }
        try source.close()
        summary.add(SkipReason.badEncoding.rawValue, count: badLines, samples: badSamples)
        let decoded = source.badLines
        summary.add(SkipReason.badEncoding.rawValue, count: decoded.count, samples: decoded.samples)
        return summary
    }

    /// What the first block settles: dialect, header, columns; and where the data records have got to.
    struct State {
        let scanner: DelimitedScanner
        let roles: ColumnRoles
        var skipHeader: Bool
        /// Decoded text: valid UTF-8 by construction (the decoder counted its damage), never re-checked.
        let isValid: Bool
        var cells: [String] = []
        /// A too-long line cut by a block's end: its number, whether its first part held invalid
        /// UTF-8, and the bytes of a character cut in two (checked with the rest of the line).
        var pending: (line: Int, bad: Bool, tail: [UInt8])?

        static func begin(_ text: UnsafeBufferPointer<UInt8>, isWhole: Bool, isValid: Bool, reader: DelimitedTextReader, summary: inout ReadSummary) -> State {
            let dialect = DelimitedDialect.detect(in: text, isWhole: isWhole)
            let scanner = DelimitedScanner(
                delimiter: dialect?.delimiter ?? DelimitedDialect.candidates[0],
                maxRecordBytes: reader.maxRecordBytes, maxRecordLines: reader.maxRecordLines)
            // Columns from complete lines only, as the whole-file reader sees them.
            var end = text.count
            if !isWhole { while end > 0 && text[end - 1] != DelimitedScanner.lineFeed { end -= 1 } }
            let layout = DelimitedTextReader.layout(of: UnsafeBufferPointer(rebasing: text[..<end]), scanner: scanner)
            summary.format = dialect?.format ?? DelimitedTextReader.format
            return State(scanner: scanner, roles: layout.roles, skipHeader: layout.hasHeader, isValid: isValid)
        }

        /// Scans the complete records of `text`; returns how many bytes it consumed and the line after them.
        mutating func scan(
            _ text: UnsafeBufferPointer<UInt8>, startLine: Int, isFinal: Bool, discarding: inout Bool,
            summary: inout ReadSummary, badLines: inout Int, badSamples: inout [Int],
            dismiss: (DelimitedRow) throws -> Bool, emit: (SeizedRecord) throws -> Void
        ) throws -> (Int, Int) {
            var consumed = 0
            var nextLine = startLine
            // Valid UTF-8 (the usual case) is checked once per block; only a damaged block is decoded line by line.
            // Complete lines only: the block's end usually cuts a character of the record carried into the
            // next block, which would otherwise mark every block damaged and keep its rows from the prefilter.
            var complete = text.count
            if !isFinal { while complete > 0 && text[complete - 1] != DelimitedScanner.lineFeed { complete -= 1 } }
            let valid = isValid || String(validating: UnsafeBufferPointer(rebasing: text[..<complete]), as: UTF8.self) != nil
            try scanner.scan(text, startLine: startLine) { scanned in
                if scanned.reachedEnd && !isFinal { return false }   // carried into the next block
                consumed = min(scanned.next, text.count)
                nextLine = scanned.nextLine
                if scanned.next > text.count && !isFinal { discarding = true }
                if scanned.next > text.count && !isFinal {
                    // The item's last line runs into the next block: count the lines before it, hold that one.
                    var lastLineStart = text.count
                    while lastLineStart > scanned.range.lowerBound && text[lastLineStart - 1] != DelimitedScanner.lineFeed { lastLineStart -= 1 }
                    var lastLine = scanned.line
                    for index in scanned.range.lowerBound..<lastLineStart where text[index] == DelimitedScanner.lineFeed { lastLine += 1 }
                    if !valid {
                        Self.countBadLines(text, from: scanned.range.lowerBound, to: lastLineStart, firstLine: scanned.line,
                                           into: &badLines, samples: &badSamples)
                    }
                    pending = (lastLine, false, [])
                    continuePending(UnsafeBufferPointer(rebasing: text[lastLineStart...]), complete: false, badLines: &badLines, badSamples: &badSamples)
                } else if !valid {
                    Self.countBadLines(text, from: scanned.range.lowerBound, to: consumed, firstLine: scanned.line,
                                       into: &badLines, samples: &badSamples)
                }
                guard summary.admits(scanned) else { return true }
                if valid && !skipHeader, Self.hasPlainContent(scanned.fields, in: text, scanner: scanner) {
                    let row = DelimitedRow(number: summary.records + 1, roles: roles, text: text, fields: scanned.fields,
                                           range: scanned.range, scanner: scanner)
                    if try dismiss(row) {
                        summary.records += 1
                        return true
                    }
                }
                guard scanner.fill(&cells, from: scanned.fields, in: text) else { return true }
                if skipHeader {
                    skipHeader = false
                    return true
                }
                summary.records += 1
                let seen = String(decoding: UnsafeBufferPointer(rebasing: text[scanned.range]), as: UTF8.self)
                try emit(roles.record(number: summary.records, cells: cells, seen: seen))
                return true
            }
            return (consumed, nextLine)
        }

        /// Checks the next part of the pending too-long line; when `complete`, counts it if any part was bad.
        mutating func continuePending(_ part: UnsafeBufferPointer<UInt8>, complete: Bool, badLines: inout Int, badSamples: inout [Int]) {
            guard var held = pending else { return }
            var bytes = held.tail
            bytes.append(contentsOf: part)
            var end = bytes.count
            if !complete {
                // Keep back a character cut by the block's end: its other bytes come with the next block.
                var lead = end
                while lead > 0 && end - lead < 3 && bytes[lead - 1] & 0xC0 == 0x80 { lead -= 1 }
                if lead > 0 {
                    let first = bytes[lead - 1]
                    let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
                    if length > 1 && end - (lead - 1) < length { end = lead - 1 }
                }
            }
            if !held.bad { held.bad = String(validating: bytes[..<end], as: UTF8.self) == nil }
            held.tail = Array(bytes[end...])
            if complete {
                if held.bad {
                    badLines += 1
                    if badSamples.count < ReadSummary.sampleLimit { badSamples.append(held.line) }
                }
                pending = nil
            } else {
                pending = held
            }
        }

        /// Whether some unquoted cell holds more than padding, which proves the record is not blank.
        static func hasPlainContent(_ fields: [DelimitedScanner.Field], in text: UnsafeBufferPointer<UInt8>, scanner: DelimitedScanner) -> Bool {
            for field in fields where !field.quoted {
                var index = field.start
                while index < field.end {
                    if !scanner.isPadding(text[index]) { return true }
                    index += 1
                }
            }
            return false
        }

        /// Counts the lines of `text[start..<end]` (starting on `firstLine`) that hold invalid UTF-8,
        /// line by line as the whole-file decoder counts them.
        static func countBadLines(
            _ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, firstLine: Int,
            into badLines: inout Int, samples: inout [Int]
        ) {
            var lineStart = start
            var line = firstLine
            while lineStart < end {
                var lineEnd = lineStart
                while lineEnd < end && text[lineEnd] != DelimitedScanner.lineFeed { lineEnd += 1 }
                if String(validating: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]), as: UTF8.self) == nil {
                    badLines += 1
                    if samples.count < ReadSummary.sampleLimit { samples.append(line) }
                }
                lineStart = lineEnd + 1
                line += 1
            }
        }
    }
}
