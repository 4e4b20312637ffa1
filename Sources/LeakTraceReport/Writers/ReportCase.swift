import Foundation

/// The case block of `report.json`: its name, when matching ran, and the exhibits examined.
///
/// ```swift
/// document.case.exhibits.map(\.number)   // ["JC01", "JC02"]
/// ```
public struct ReportCase: Codable, Hashable, Sendable {
    public var name: String
    public var matchedAt: Date
    public var exhibits: [ReportExhibit]

    public init(name: String, matchedAt: Date, exhibits: [ReportExhibit]) {
        self.name = name
        self.matchedAt = matchedAt
        self.exhibits = exhibits
    }

    enum CodingKeys: String, CodingKey {
        case name, exhibits
        case matchedAt = "matched_at"
    }
}
