import LeakTraceCore
import LeakTraceIngest

/// A run of consecutive records handed from the reader to another core: each offered row copied
/// (its raw bytes once, cells as ranges into them), and each record the reader emitted itself
/// (damaged encoding, blank-looking rows) kept whole, all in file order.
///
/// ```swift
/// var batch = RowBatch()
/// batch.append(row)              // a DelimitedRow, copied: valid after the reader's call returns
/// batch.append(record)           // a SeizedRecord the reader emitted
/// batch.forEach(row: { … }, record: { … })
/// ```
/// The copy costs a memcpy of the row: small beside the triage and matching it lets run in parallel.
struct RowBatch: Sendable {
    struct Cell: Sendable {
        var start: Int32
        var end: Int32
        var isPlain: Bool
    }

    private enum Item: Sendable {
        case row(number: Int, cells: Range<Int>, seen: Range<Int>)
        case record(SeizedRecord)
    }

    private var bytes: [UInt8] = []
    private var cells: [Cell] = []
    private var items: [Item] = []
    private(set) var roles: ColumnRoles?

    var count: Int { items.count }
    var byteCount: Int { bytes.count }

    init(capacity: Int = 0) {
        items.reserveCapacity(capacity)
    }

    mutating func append(_ row: DelimitedRow) {
        if roles == nil { roles = row.roles }
        let seenBytes = row.seenBytes
        let seenStart = bytes.count
        bytes.append(contentsOf: seenBytes)
        let seen = seenStart..<bytes.count
        let firstCell = cells.count
        for column in 0..<row.cellCount {
            if let plain = row.plainBytes(at: column) {
                if let base = seenBytes.baseAddress, let start = plain.baseAddress,
                   start >= base, start + plain.count <= base + seenBytes.count {
                    let offset = seenStart + (start - base)
                    cells.append(Cell(start: Int32(offset), end: Int32(offset + plain.count), isPlain: true))
                } else {
                    let start = bytes.count
                    bytes.append(contentsOf: plain)
                    cells.append(Cell(start: Int32(start), end: Int32(bytes.count), isPlain: true))
                }
            } else {
                let start = bytes.count
                bytes.append(contentsOf: row.value(at: column).utf8)
                cells.append(Cell(start: Int32(start), end: Int32(bytes.count), isPlain: false))
            }
        }
        items.append(.row(number: row.number, cells: firstCell..<cells.count, seen: seen))
    }

    mutating func append(_ record: SeizedRecord) {
        items.append(.record(record))
    }

    /// Visits every item in file order: copied rows as `BatchRow`s, emitted records as they came.
    func forEach(row: (BatchRow) throws -> Void, record: (SeizedRecord) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            for item in items {
                switch item {
                case .row(let number, let range, let seen):
                    try row(BatchRow(number: number, roles: roles!, bytes: buffer, cells: cells[range], seen: seen))
                case .record(let seized):
                    try record(seized)
                }
            }
        }
    }
}
