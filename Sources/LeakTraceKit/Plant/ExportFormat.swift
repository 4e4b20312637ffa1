/// What `leaktrace plant` writes for an entity: what that kind of entity ingests.
///
/// ```swift
/// ExportFormat(rawValue: "waybill")   // .waybill
/// ExportFormat.waybill.fileExtension  // "waybill.csv"
/// ```
public enum ExportFormat: String, CaseIterable, Codable, Sendable {
    /// `name,phone,address,order_id,…`: a merchant's or platform's order export (UTF-8 CSV).
    case csv
    /// The same fields as a JSON array of objects: what an API import takes.
    case json
    /// Electronic waybill rows (运单号, 收件人, 电话, 地址, 寄件人, 内件) as a courier's system prints them (CSV).
    case waybill

    public var fileExtension: String {
        switch self {
        case .csv: "csv"
        case .json: "json"
        case .waybill: "waybill.csv"
        }
    }
}
