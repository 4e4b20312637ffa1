import LeakTraceIngest

/// The cells of one delimited record as bytes, wherever they live: in the reader's block
/// (`DelimitedRow`, valid only during the call) or copied into a batch for another core (`BatchRow`).
/// The prefilter, the name cache and `CarriedFields` read rows only through this, so the streamed
/// path and the parallel one count every row the same way.
///
/// ```swift
/// func phoneCell<Row: RowCells>(_ row: Row) -> String? {
///     row.roles.phone.map { row.value(at: $0) }
/// }
/// ```
public protocol RowCells {
    /// The number the record has (1-based, header not counted).
    var number: Int { get }
    /// The detected columns, as the whole-file reader would use them.
    var roles: ColumnRoles { get }
    /// How many cells the record has.
    var cellCount: Int { get }
    /// The cell's bytes when they are exactly its value; nil when the cell is missing or needs `value(at:)`.
    func plainBytes(at column: Int) -> UnsafeBufferPointer<UInt8>?
    /// The cell's value exactly as the whole-file reader gives it ("" for a missing cell).
    func value(at column: Int) -> String
}
