/// One record as a reader found it in a seized file.
///
/// Readers fill `name`, `phone` and `address` when they know which cell holds what (from a header
/// or from the content); the matcher falls back to `cells` when they don't.
public struct SeizedRecord: Hashable, Sendable {
    /// 1-based data record in its file (the header is not counted); for free text, the line number.
    public var number: Int
    public var cells: [String]
    public var name: String?
    public var phone: String?
    public var address: String?
    /// The record as read from the file, for the report's "seen" column.
    public var seen: String

    public init(number: Int, cells: [String], name: String? = nil, phone: String? = nil, address: String? = nil, seen: String) {
        self.number = number
        self.cells = cells
        self.name = name
        self.phone = phone
        self.address = address
        self.seen = seen
    }
}
