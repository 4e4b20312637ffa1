import LeakTraceCore

/// Reads CSV, TSV and other delimited lists (`|`, `;`), with or without a header, in any column order.
///
/// The delimiter comes from the content (`DelimitedDialect`); the header, if any, from its words;
/// name, phone and address columns from the header and otherwise from the content (`ColumnRoles`).
/// Quoting follows RFC 4180 (doubled quotes, embedded newlines). An unterminated quote costs only
/// the line it opened on, counted as `broken-quoting`; a record over `maxRecordBytes` is `too-long`.
///
/// ```swift
/// let (records, summary) = try DelimitedTextReader().readAll("收件人,手机\n张伟,13800138000\n")
/// records[0].number   // 1 (the header is not counted)
/// records[0].phone    // "13800138000"
/// summary.format      // "csv"
/// ```
public struct DelimitedTextReader: RecordReader {
    public static let format = "csv"

    public let maxRecordBytes: Int
    public let maxRecordLines: Int

    /// Records sampled to recognise columns by their content.
    static let sampleRecords = 200

    public init() {
        // Real addresses with embedded newlines span two or three lines; the bound also caps how
        // much a run of stray quotes makes the scanner re-read (each costs at most this many lines).
        self.init(maxRecordBytes: 1 << 20, maxRecordLines: 16)
    }

    public init(maxRecordBytes: Int, maxRecordLines: Int) {
        self.maxRecordBytes = maxRecordBytes
        self.maxRecordLines = maxRecordLines
    }

    public static func confidence(for sample: FileSample) -> Double {
        guard !sample.looksBinary else { return 0 }
        var text = sample.decodedHead
        guard let dialect = text.withUTF8({ DelimitedDialect.detect(in: $0, isWhole: sample.isWholeFile) }) else { return 0 }
        // One record proves little; a consistent table of many is almost certainly one.
        let base = dialect.sampledRecords < 2 ? 0.3 : 0.2 + 0.7 * dialect.consistency
        let named = ["csv", "tsv", "psv", "dsv"].contains(sample.pathExtension)
        return min(1, base + (named ? 0.1 : 0))
    }

    public func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        try text.withUTF8 { bytes in
            let dialect = DelimitedDialect.detect(in: bytes, isWhole: true)
            let scanner = DelimitedScanner(
                delimiter: dialect?.delimiter ?? DelimitedDialect.candidates[0],
                maxRecordBytes: maxRecordBytes, maxRecordLines: maxRecordLines
            )
            let layout = Self.layout(of: bytes, scanner: scanner)
            var summary = ReadSummary(format: dialect?.format ?? Self.format)
            var skipHeader = layout.hasHeader
            var cells: [String] = []
            try scanner.scan(bytes) { scanned in
                guard summary.admits(scanned) else { return true }
                guard scanner.fill(&cells, from: scanned.fields, in: bytes) else { return true }
                if skipHeader {
                    skipHeader = false
                    return true
                }
                summary.records += 1
                let seen = String(decoding: UnsafeBufferPointer(rebasing: bytes[scanned.range]), as: UTF8.self)
                try emit(layout.roles.record(number: summary.records, cells: cells, seen: seen))
                return true
            }
            return summary
        }
    }

    /// Whether the first record is a header, and which columns hold what, from the first records.
    static func layout(of bytes: UnsafeBufferPointer<UInt8>, scanner: DelimitedScanner) -> (hasHeader: Bool, roles: ColumnRoles) {
        var rows: [[String]] = []
        scanner.scan(bytes) { scanned in
            guard scanned.outcome == .record else { return true }
            let cells = scanned.fields.map { scanner.value(of: $0, in: bytes) }
            if cells.allSatisfy(\.isEmpty) { return true }
            rows.append(cells)
            return rows.count <= sampleRecords
        }
        guard let first = rows.first else { return (false, ColumnRoles()) }
        let hasHeader = ColumnRoles.header(first) != nil
        let data = hasHeader ? Array(rows.dropFirst()) : rows
        return (hasHeader, ColumnRoles.detect(header: hasHeader ? first : nil, rows: data))
    }
}
