import LeakTraceCore

/// A tab-separated table with a header line, as `Corpus/build_corpus.py` writes them.
///
/// Kept strict on purpose: a corpus file that drifted from its expected columns should stop the
/// program at start-up with the file and line, not yield quietly wrong canaries.
///
/// ```swift
/// let table = try TSVTable(text: "a\tb\n1\t2\n", file: "x.tsv", columns: ["a", "b"])
/// table.rows[0].cells   // ["1", "2"]
/// ```
struct TSVTable {
    struct Row {
        /// 1-based line in the file, for error messages.
        let line: Int
        let cells: [Substring]
    }

    let file: String
    let rows: [Row]

    init(text: String, file: String, columns: [String]) throws {
        self.file = file
        // Split on bytes: splitting a `String` by `Character` breaks graphemes over the whole corpus
        // at every start. Only `\r\n`, one `Character` that "\n" does not split, reads differently,
        // so a text holding a carriage return takes the `Character` path.
        let byBytes = !text.utf8.contains(0x0D)
        var lines = byBytes
            ? text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            : text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else {
            throw LeakTraceError.unreadableFile(path: file, line: nil, reason: "empty; expected a header line")
        }
        let expected = columns.joined(separator: "\t")
        guard header == expected else {
            throw LeakTraceError.unreadableFile(path: file, line: 1, reason: "header is '\(header)', expected '\(expected)'")
        }
        var rows: [Row] = []
        rows.reserveCapacity(lines.count - 1)
        for (offset, line) in lines.dropFirst().enumerated() {
            let cells = byBytes
                ? line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                : line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == columns.count else {
                throw LeakTraceError.unreadableFile(
                    path: file, line: offset + 2, reason: "\(cells.count) columns, expected \(columns.count)")
            }
            rows.append(Row(line: offset + 2, cells: cells))
        }
        self.rows = rows
    }

    func error(_ row: Row, _ reason: String) -> LeakTraceError {
        .unreadableFile(path: file, line: row.line, reason: reason)
    }

    /// A cell that must be a finite, non-negative number.
    func weight(_ row: Row, _ column: Int) throws -> Double {
        guard let value = Double(row.cells[column]), value.isFinite, value >= 0 else {
            throw error(row, "'\(row.cells[column])' is not a non-negative number")
        }
        return value
    }

    /// A cell that must be non-empty text.
    func text(_ row: Row, _ column: Int) throws -> String {
        let cell = row.cells[column]
        guard !cell.isEmpty else { throw error(row, "column \(column + 1) is empty") }
        return String(cell)
    }
}
