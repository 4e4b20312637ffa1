/// How many of the counted records (valid phone, one per person, canaries excluded) carry each
/// field. The 2017 SPC/SPP interpretation's categories depend on the fields a record carries, so
/// these are presented beside the totals; no category is concluded from them.
///
/// ```swift
/// let fields = RecordFieldCounts(name: 900, phone: 1_000, address: 850, idNumber: 12, order: 300)
/// fields.idNumber   // 12 records carry a valid resident ID number
/// ```
public struct RecordFieldCounts: Codable, Hashable, Sendable {
    public var name: Int
    /// Every counted record carries a valid phone; equal to `RecordCounts.uniqueValid`.
    public var phone: Int
    public var address: Int
    /// A resident ID number (GB 11643) whose check digit and birth date are valid.
    public var idNumber: Int
    /// Order content: an order or waybill number, an amount, an item with a quantity.
    public var order: Int

    public init(name: Int = 0, phone: Int = 0, address: Int = 0, idNumber: Int = 0, order: Int = 0) {
        self.name = name
        self.phone = phone
        self.address = address
        self.idNumber = idNumber
        self.order = order
    }

    enum CodingKeys: String, CodingKey {
        case name, phone, address, order
        case idNumber = "id_number"
    }
}
