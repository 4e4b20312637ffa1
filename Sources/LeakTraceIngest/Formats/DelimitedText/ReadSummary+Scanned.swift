extension ReadSummary {
    /// Counts a scanned line that cannot be a record (broken quoting, too long) under its reason and
    /// line; returns whether the line is a record to read. Both delimited paths (whole file and
    /// streamed blocks) go through it, so they skip and count alike.
    ///
    /// ```swift
    /// guard summary.admits(scanned) else { return true }   // skipped and counted; scan on
    /// ```
    mutating func admits(_ scanned: DelimitedScanner.Scanned) -> Bool {
        switch scanned.outcome {
        case .brokenQuoting:
            skip(.brokenQuoting, line: scanned.line)
            return false
        case .tooLong:
            skip(.tooLong, line: scanned.line)
            return false
        case .record:
            return true
        }
    }
}
