/// The delimiter of a delimited text file, found from its content: the candidate that splits the
/// most records into the same number (two or more) of fields.
///
/// ```swift
/// let dialect = DelimitedDialect.detect(in: "姓名\t电话\n张伟\t13800138000\n")
/// dialect?.delimiter   // "\t"
/// dialect?.format      // "tsv"
/// ```
public struct DelimitedDialect: Sendable, Equatable {
    /// The delimiter byte (always ASCII).
    public var delimiter: UInt8
    /// The most common number of fields per record.
    public var columns: Int
    /// Share of sampled records that have exactly `columns` fields.
    public var consistency: Double
    /// Records the judgement rests on.
    public var sampledRecords: Int

    /// Candidates in order of preference when two split the sample equally well.
    public static let candidates: [UInt8] = [0x2C, 0x09, 0x7C, 0x3B]   // , tab | ;
    /// How much of the text is looked at.
    public static let sampleBytes = 64 * 1024
    static let sampleRecords = 200
    /// Below this share of consistent records the text is not taken for a table.
    public static let minimumConsistency = 0.6

    public init(delimiter: UInt8, columns: Int, consistency: Double, sampledRecords: Int) {
        self.delimiter = delimiter
        self.columns = columns
        self.consistency = consistency
        self.sampledRecords = sampledRecords
    }

    /// The name evidence records give the format.
    public var format: String {
        switch delimiter {
        case 0x2C: "csv"
        case 0x09: "tsv"
        case 0x7C: "pipe-separated"
        case 0x3B: "semicolon-separated"
        default: "delimited"
        }
    }

    /// The best dialect for `text`, or nil when no candidate splits it consistently.
    public static func detect(in text: String, isWhole: Bool = true) -> DelimitedDialect? {
        var copy = text
        return copy.withUTF8 { detect(in: $0, isWhole: isWhole) }
    }

    /// As `detect(in:)`, over UTF-8 bytes; when `isWhole` is false the last, possibly cut, record is ignored.
    static func detect(in text: UnsafeBufferPointer<UInt8>, isWhole: Bool) -> DelimitedDialect? {
        let sample = UnsafeBufferPointer(rebasing: text[..<min(text.count, sampleBytes)])
        let whole = isWhole && sample.count == text.count
        var best: DelimitedDialect?
        for delimiter in candidates {
            let scanner = DelimitedScanner(delimiter: delimiter, maxRecordBytes: sampleBytes, maxRecordLines: 64)
            var fieldCounts: [Int: Int] = [:]
            var order: [Int] = []
            var records = 0
            scanner.scan(sample) { scanned in
                guard scanned.outcome == .record else { return true }
                if !whole && scanned.range.upperBound >= sample.count { return false }   // cut by the sample's end
                if scanned.range.isEmpty { return true }                                  // blank line
                let fields = scanned.fields.count
                if fieldCounts[fields] == nil { order.append(fields) }
                fieldCounts[fields, default: 0] += 1
                records += 1
                return records < sampleRecords
            }
            guard records > 0 else { continue }
            // Ties between field counts go to the wider one, deterministically.
            guard let mode = order.max(by: { (fieldCounts[$0]!, $0) < (fieldCounts[$1]!, $1) }), mode >= 2 else { continue }
            let consistency = Double(fieldCounts[mode]!) / Double(records)
            guard consistency >= minimumConsistency else { continue }
            let candidate = DelimitedDialect(delimiter: delimiter, columns: mode, consistency: consistency, sampledRecords: records)
            // Equal consistency goes to the delimiter that splits more columns: a TSV whose addresses
            // each hold one comma must not be read as two-column CSV.
            if let current = best, (current.consistency, current.columns) >= (consistency, mode) { continue }
            best = candidate
        }
        return best
    }
}
