/// One data record of a delimited file as UTF-8 bytes (a GB18030 or UTF-16 file's decoded), offered to a caller before any `String` is made,
/// so a matcher can dismiss the rows that cannot matter (nearly all of a seized list) for the cost
/// of looking at one cell.
///
/// ```swift
/// try DelimitedStream().read(path: "list.csv", observe: { _ in }, dismiss: { row in
///     guard let phone = row.roles.phone, let bytes = row.plainBytes(at: phone) else { return false }
///     return bytes.count == 11 && !canaryNumbers.contains(bytes)   // handled: never becomes a record
/// }, emit: { record in … })
/// ```
/// The buffer is only valid during the call.
public struct DelimitedRow {
    /// The number the record would have (1-based, header not counted).
    public let number: Int
    /// The detected columns, as the whole-file reader would use them.
    public let roles: ColumnRoles
    let text: UnsafeBufferPointer<UInt8>
    let fields: [DelimitedScanner.Field]
    let range: Range<Int>
    let scanner: DelimitedScanner

    /// How many cells the record has.
    public var cellCount: Int { fields.count }

    /// The cell's bytes when they are exactly its value (unquoted, no surrounding padding); nil when
    /// the cell is missing or needs `value(at:)` to be read.
    public func plainBytes(at column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard column < fields.count else { return nil }
        let field = fields[column]
        guard !field.quoted else { return nil }
        if field.start < field.end {
            let first = text[field.start], last = text[field.end - 1]
            if scanner.isPadding(first) || scanner.isPadding(last) { return nil }
        }
        return UnsafeBufferPointer(rebasing: text[field.start..<field.end])
    }

    /// The cell's value exactly as the whole-file reader gives it ("" for a missing cell).
    public func value(at column: Int) -> String {
        guard column < fields.count else { return "" }
        return scanner.value(of: fields[column], in: text)
    }

    /// The record's UTF-8 bytes, without line terminator: what a hit shows as `seen`.
    public var seenBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text[range]) }
}
