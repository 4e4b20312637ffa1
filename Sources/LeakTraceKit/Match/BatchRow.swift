import LeakTraceCore
import LeakTraceIngest

/// One record copied out of the reader's block into a `RowBatch`, read in place on another core:
/// the same cells `DelimitedRow` gave, as byte ranges into the batch.
///
/// ```swift
/// batch.withRows { row in triage.dismiss(row, counter: &log) }   // row: BatchRow
/// ```
/// Valid only inside `RowBatch.withRows`, like `DelimitedRow` inside the reader's call.
struct BatchRow: RowCells {
    let number: Int
    let roles: ColumnRoles
    let bytes: UnsafeBufferPointer<UInt8>
    let cells: ArraySlice<RowBatch.Cell>
    let seen: Range<Int>

    var cellCount: Int { cells.count }

    func plainBytes(at column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard column < cells.count else { return nil }
        let cell = cells[cells.startIndex + column]
        guard cell.isPlain else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.end)])
    }

    func value(at column: Int) -> String {
        guard column < cells.count else { return "" }
        let cell = cells[cells.startIndex + column]
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(cell.start)..<Int(cell.end)]), as: UTF8.self)
    }

    /// The record as the reader would have emitted it, had the prefilter declined it.
    func record() -> SeizedRecord {
        let values = (0..<cells.count).map { value(at: $0) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[seen]), as: UTF8.self)
        return roles.record(number: number, cells: values, seen: text)
    }
}
