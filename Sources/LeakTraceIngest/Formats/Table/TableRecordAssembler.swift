import LeakTraceCore

/// Turns rows of cells into records the way every tabular reader does: the first rows are held back
/// until the header (given, or recognised in the first row) and the column roles are known, then all
/// rows flow straight through. Shared by the XLSX, SQL and JSON-array readers.
///
/// ```swift
/// var table = TableRecordAssembler(header: nil, headerInData: true)   // recognise a header row, if any
/// try table.add(number: 1, cells: ["姓名", "手机"], seen: "…", emit: emit)   // held: it is the header
/// try table.add(number: 2, cells: ["张伟", "13800000001"], seen: "…", emit: emit)
/// try table.finish(emit: emit)                              // releases what is still held
/// ```
struct TableRecordAssembler {
    /// Rows sampled to recognise columns by their content (as `DelimitedTextReader` does).
    static let sampleRows = 200

    private var header: [String]?
    private var detectsHeader: Bool
    private var roles: ColumnRoles?
    private var held: [SeizedRecord] = []
    /// Records emitted so far.
    private(set) var emitted = 0

    /// `header` is given when the column names are known (an SQL column list); with `headerInData`
    /// the first row is taken for a header when it reads like one (a sheet's first row).
    init(header: [String]?, headerInData: Bool) {
        self.header = header
        self.detectsHeader = headerInData
    }

    mutating func add(number: Int, cells: [String], seen: String, emit: (SeizedRecord) throws -> Void) throws {
        if detectsHeader {
            detectsHeader = false
            if ColumnRoles.header(cells) != nil {
                header = cells
                return
            }
        }
        if let roles {
            emitted += 1
            return try emit(roles.record(number: number, cells: cells, seen: seen))
        }
        held.append(SeizedRecord(number: number, cells: cells, seen: seen))
        if held.count >= Self.sampleRows { try release(emit: emit) }
    }

    mutating func finish(emit: (SeizedRecord) throws -> Void) throws {
        try release(emit: emit)
    }

    private mutating func release(emit: (SeizedRecord) throws -> Void) throws {
        let roles = self.roles ?? ColumnRoles.detect(header: header, rows: held.map(\.cells))
        self.roles = roles
        for record in held {
            emitted += 1
            try emit(roles.record(number: record.number, cells: record.cells, seen: record.seen))
        }
        held.removeAll()
    }
}
