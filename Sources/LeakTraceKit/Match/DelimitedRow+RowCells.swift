import LeakTraceIngest

/// The reader's own row already has every member `RowCells` asks for.
extension DelimitedRow: RowCells {}
