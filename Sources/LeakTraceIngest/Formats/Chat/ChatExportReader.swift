import LeakTraceCore

/// Reads chat exports (QQ's 消息记录 text format, WeChat-style `time sender` exports) and OCR'd or
/// typed free text where a record is a line, or a few consecutive lines, of labelled fields
/// (收件人： 电话： 地址： in any order).
///
/// ```swift
/// let text = "2017-03-05 21:14:07 某某(10001)\n收件人：张伟\n电话：13800000001\n地址：北京市朝阳区建国路88号\n"
/// let (records, _) = try ChatExportReader().readAll(text)
/// records[0].number   // 2: the line where the record starts
/// records[0].phone    // "13800000001"
/// ```
/// Headers and the export's banners are not records. Labelled lines that follow each other make one
/// record until a field repeats, a blank line or a header; every other content line is a record
/// of its own with the line as its only cell, for the matcher to search.
public struct ChatExportReader: RecordReader {
    public static let format = "chat"
    /// Lines longer than this are no message; they are skipped as `too-long`.
    static let maxLineBytes = 1 << 20

    public init() {}

    public static func confidence(for sample: FileSample) -> Double {
        guard !sample.looksBinary else { return 0 }
        var strong = 0, weak = 0, labelled = 0, complete = 0, banner = false
        var lines = sample.decodedHead.split(separator: "\n", omittingEmptySubsequences: false)
        if !sample.isWholeFile, lines.count > 1 { lines.removeLast() }   // cut by the sample's end
        // Each line is parsed once and only the first 2,000 are looked at: choosing a reader for a
        // plain CSV ran this over the whole 64 KiB sample twice, a measurable part of a match's start.
        let parsed = lines.prefix(2000).map { ChatLine(String($0)) }
        for (line, chat) in zip(lines.prefix(2000), parsed) {
            switch chat.kind {
            case .header(let isStrong, _): if isStrong { strong += 1 } else { weak += 1 }
            case .banner: banner = banner || line.hasPrefix("消息记录")
            default: break
            }
        }
        _ = assemble(parsed) { record in
            let fields = [record.name, record.phone, record.address].compactMap { $0 }.count
            if fields >= 2 { labelled += 1 }
            if fields == 3 { complete += 1 }
        }
        // One header or one labelled line proves little (a note may start with a date): plain lines
        // stay with the line reader.
        if banner || strong >= 1 { return 0.6 }
        if weak >= 2 || labelled >= 2 || complete >= 1 { return 0.5 }
        return 0
    }

    public func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary(format: Self.format)
        var lines: [ChatLine] = []
        var tooLong: [Int] = []
        text.string.enumerateLines { line, _ in
            if line.utf8.count > Self.maxLineBytes {
                tooLong.append(lines.count + 1)
                lines.append(ChatLine(""))
            } else {
                lines.append(ChatLine(line))
            }
        }
        for line in tooLong { summary.skip(.tooLong, line: line) }
        summary.records = try Self.assemble(lines, emit: emit)
        return summary
    }

    /// Groups lines into records and emits them; returns how many.
    @discardableResult
    static func assemble(_ lines: [ChatLine], emit: (SeizedRecord) throws -> Void) rethrows -> Int {
        var count = 0
        var open: (start: Int, texts: [String], fields: [FieldRole: String])?
        func close() throws {
            guard let record = open else { return }
            open = nil
            count += 1
            let joined = record.texts.joined(separator: " ")
            try emit(SeizedRecord(
                number: record.start, cells: [joined], name: record.fields[.name], phone: record.fields[.phone],
                address: record.fields[.address], seen: record.texts.joined(separator: " / ")))
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            switch line.kind {
            case .blank, .banner:
                try close()
                continue
            case .header(_, nil):
                try close()
                continue
            case .header, .content:
                break
            }
            if line.isAside, var record = open {
                record.texts.append(line.content)
                open = record
                continue
            }
            guard !line.labels.isEmpty else {
                try close()
                count += 1
                try emit(SeizedRecord(number: number, cells: Self.cells(of: line.content), seen: line.content))
                continue
            }
            if case .header = line.kind { try close() }
            if let current = open, line.labels.contains(where: { current.fields[$0.role] != nil }) { try close() }
            var record = open ?? (number, [], [:])
            record.texts.append(line.content)
            for label in line.labels where record.fields[label.role] == nil && !label.value.isEmpty {
                record.fields[label.role] = label.value
            }
            open = record
        }
        try close()
        return count
    }

    /// An unlabelled line, then its parts (`YT…，地址，李**，166…` or `张伟 138… 北京…`): the matcher sees
    /// a masked name or an address as a cell of its own, and still reads the whole line.
    static func cells(of content: String) -> [String] {
        let parts = content.split(whereSeparator: { ",，;；|\t、 \u{3000}".contains($0) }).map(String.init)
        return parts.count > 1 ? [content] + parts : [content]
    }
}
