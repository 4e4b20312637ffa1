/// The seized list's records counted the way the 2017 SPC/SPP interpretation is applied: presented,
/// never turned into a legal conclusion. Canaries are fabricated, so they are counted apart.
public struct RecordCounts: Codable, Hashable, Sendable {
    /// Every data record read from every evidence item.
    public var rows: Int
    /// Records with a valid, unmasked Chinese mobile number, canaries excluded, one per person.
    public var uniqueValid: Int
    /// Further records of a person already counted.
    public var duplicates: Int
    /// Records with no valid phone (masked, malformed or absent), canaries excluded.
    public var invalid: Int
    /// Records that matched a canary.
    public var canaryRows: Int
    /// Which fields the counted (unique, valid) records carry, as `name+phone+address+id_number+order+other`
    /// → count (`other`: a further non-empty cell that is none of these).
    public var fieldProfiles: [String: Int]
    /// The counted records carrying each field; nil in JSON written before it existed.
    public var fieldCounts: RecordFieldCounts?
    /// The first few duplicate and invalid records, as `file:record`, so they can be checked by hand.
    public var duplicateSamples: [String]
    public var invalidSamples: [String]

    public init(
        rows: Int = 0, uniqueValid: Int = 0, duplicates: Int = 0, invalid: Int = 0, canaryRows: Int = 0,
        fieldProfiles: [String: Int] = [:], fieldCounts: RecordFieldCounts? = nil, duplicateSamples: [String] = [],
        invalidSamples: [String] = []
    ) {
        self.rows = rows
        self.uniqueValid = uniqueValid
        self.duplicates = duplicates
        self.invalid = invalid
        self.canaryRows = canaryRows
        self.fieldProfiles = fieldProfiles
        self.fieldCounts = fieldCounts
        self.duplicateSamples = duplicateSamples
        self.invalidSamples = invalidSamples
    }

    enum CodingKeys: String, CodingKey {
        case rows, duplicates, invalid
        case uniqueValid = "unique_valid"
        case canaryRows = "canary_rows"
        case fieldProfiles = "field_profiles"
        case fieldCounts = "field_counts"
        case duplicateSamples = "duplicate_samples"
        case invalidSamples = "invalid_samples"
    }
}
