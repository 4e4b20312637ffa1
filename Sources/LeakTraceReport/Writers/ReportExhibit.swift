/// An evidence item's exhibit number (检材编号), assigned in evidence order so it is stable.
///
/// ```swift
/// ReportExhibit.number(at: 0)   // "JC01"
/// ```
public struct ReportExhibit: Codable, Hashable, Sendable {
    public var number: String
    public var path: String
    public var sha256: String

    public init(number: String, path: String, sha256: String) {
        self.number = number
        self.path = path
        self.sha256 = sha256
    }

    /// The number the analyst gave for item `index`, else the default one.
    public static func number(at index: Int, given: [String]) -> String {
        let number = index < given.count ? given[index].trimmingCharacters(in: .whitespaces) : ""
        return number.isEmpty ? Self.number(at: index) : number
    }

    /// `JC` is the customary prefix of 检材 (JianCai) on Chinese forensic forms.
    public static func number(at index: Int) -> String {
        let n = String(index + 1)
        return "JC" + String(repeating: "0", count: max(0, 2 - n.count)) + n
    }
}
