import GRDB

/// A row of the `case_file` table; the attribution and counts are kept as the JSON the tool wrote.
struct CaseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_file"
    var name: String
    var examiner: String
    var matchedAt: String
    var attributionJSON: String
    var countsJSON: String

    enum CodingKeys: String, CodingKey {
        case name, examiner
        case matchedAt = "matched_at", attributionJSON = "attribution_json", countsJSON = "counts_json"
    }
}
