/// The numbers a case carries on paper (案件编号, 封存编号, 检材编号) and the witness (见证人), given
/// by the analyst when the report is written; the registry does not know them.
///
/// Every field is optional: a report without them leaves blanks to be filled in by hand.
///
/// ```swift
/// let filing = FilingDetails(caseNumber: "公(刑)字[2026]017号", sealNumber: "FC-2026-017-01",
///                            exhibitNumbers: ["JC-017-01"], witness: "证人甲")
/// ```
public struct FilingDetails: Codable, Hashable, Sendable {
    public var caseNumber: String?
    public var sealNumber: String?
    /// One per evidence item, in evidence order; items beyond the list get the default `JC01`, `JC02` ….
    public var exhibitNumbers: [String]
    public var witness: String?

    public init(caseNumber: String? = nil, sealNumber: String? = nil, exhibitNumbers: [String] = [], witness: String? = nil) {
        self.caseNumber = caseNumber
        self.sealNumber = sealNumber
        self.exhibitNumbers = exhibitNumbers
        self.witness = witness
    }

    enum CodingKeys: String, CodingKey {
        case witness
        case caseNumber = "case_number"
        case sealNumber = "seal_number"
        case exhibitNumbers = "exhibit_numbers"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        caseNumber = try c.decodeIfPresent(String.self, forKey: .caseNumber)
        sealNumber = try c.decodeIfPresent(String.self, forKey: .sealNumber)
        exhibitNumbers = try c.decodeIfPresent([String].self, forKey: .exhibitNumbers) ?? []
        witness = try c.decodeIfPresent(String.self, forKey: .witness)
    }
}
