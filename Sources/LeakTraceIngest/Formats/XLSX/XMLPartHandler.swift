/// What an XLSX reader does with the events of one XML part (workbook, relationships, shared strings,
/// a sheet); `XMLPartParser` feeds it, with namespace prefixes removed from element names.
///
/// ```swift
/// final class Titles: XMLPartHandler {
///     var titles: [String] = []
///     var shouldStop: Bool { false }
///     func start(_ element: String, attributes: [String: String]) {}
///     func end(_ element: String) {}
///     func characters(_ text: String) { titles.append(text) }
/// }
/// ```
protocol XMLPartHandler: AnyObject {
    func start(_ element: String, attributes: [String: String])
    func end(_ element: String)
    func characters(_ text: String)
    /// Set when the handler cannot go on (its consumer failed); parsing is aborted.
    var shouldStop: Bool { get }
}
