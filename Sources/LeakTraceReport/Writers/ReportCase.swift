import Foundation

/// The case block of `report.json`: its name and numbers, when matching ran, the exhibits
/// examined, and the witness.
///
/// ```swift
/// document.case.exhibits.map(\.number)   // ["JC01", "JC02"], or the numbers the analyst gave
/// document.case.number                   // "公(刑)字[2026]017号", nil when left to be filled in by hand
/// ```
public struct ReportCase: Codable, Hashable, Sendable {
    public var name: String
    /// 案件编号; nil prints a blank to fill in.
    public var number: String?
    /// 封存编号 of the sealed originals; nil prints a blank.
    public var sealNumber: String?
    public var witness: String?
    public var matchedAt: Date
    public var exhibits: [ReportExhibit]

    public init(name: String, number: String? = nil, sealNumber: String? = nil, witness: String? = nil, matchedAt: Date, exhibits: [ReportExhibit]) {
        self.name = name
        self.number = number
        self.sealNumber = sealNumber
        self.witness = witness
        self.matchedAt = matchedAt
        self.exhibits = exhibits
    }

    enum CodingKeys: String, CodingKey {
        case name, number, witness, exhibits
        case sealNumber = "seal_number"
        case matchedAt = "matched_at"
    }
}
