/// The tool that produced a report, as the 2016 electronic-data rules ask the record to name it.
///
/// ```swift
/// ReportTool.current   // LeakTrace 0.1.0
/// ```
public struct ReportTool: Codable, Hashable, Sendable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }
}
