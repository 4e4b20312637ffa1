/// The three fields that travel with every parcel and every leaked list: 姓名, 联系方式, 地址.
public struct PersonRecord: Codable, Hashable, Sendable {
    public var name: String
    /// Eleven ASCII digits.
    public var phone: String
    public var address: String

    public init(name: String, phone: String, address: String) {
        self.name = name
        self.phone = phone
        self.address = address
    }
}
