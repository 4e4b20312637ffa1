/// A delivery address in parts, so callers can print it whole, mask it as a waybill must, or check
/// its divisions by code.
///
/// ```swift
/// var rng = DeterministicRandom(seed: 9)
/// let address = AddressGenerator().generate(using: &rng)
/// address.text                     // "浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室"
/// address.textWithoutUnitAndRoom   // "浙江省杭州市西湖区文三路128号翠苑新村5幢"
/// ```
public struct GeneratedAddress: Hashable, Sendable {
    /// 浙江省. Municipalities (北京市) have no separate city: `city` is nil.
    public var province: String
    /// 杭州市; nil for municipalities and for county-level divisions a province administers directly.
    public var city: String?
    /// 西湖区; nil for the few prefecture-level cities without districts (东莞市).
    public var district: String?
    /// The code of the most specific division above (district, else city).
    public var divisionCode: String
    /// The road (文三路), 胡同, or for rural addresses the town and village (青山镇王家村).
    public var street: String?
    /// 128号; Shanghai lanes 123弄45号; rural 3组15号.
    public var number: String?
    /// 翠苑新村, 和平里.
    public var compound: String?
    /// 5幢, 12号楼.
    public var building: String?
    /// 2单元; Tianjin 3门.
    public var unit: String?
    /// 301室; Tianjin and Beijing 里 addresses often just 401.
    public var room: String?

    public init(
        province: String, city: String?, district: String?, divisionCode: String, street: String?, number: String?,
        compound: String?, building: String?, unit: String?, room: String?
    ) {
        self.province = province
        self.city = city
        self.district = district
        self.divisionCode = divisionCode
        self.street = street
        self.number = number
        self.compound = compound
        self.building = building
        self.unit = unit
        self.room = room
    }

    /// The address as a courier prints it: no spaces, largest division first.
    public var text: String {
        [province, city, district, street, number, compound, building, unit, room].compactMap { $0 }.joined()
    }

    /// Province, city and district as printed (浙江省杭州市西湖区): the part an address shares with
    /// every other address in its district.
    public var locality: String {
        [province, city, district].compactMap { $0 }.joined()
    }

    /// What a GB/T 41833-2022 waybill may show: everything but the unit and room.
    public var textWithoutUnitAndRoom: String {
        [province, city, district, street, number, compound, building].compactMap { $0 }.joined()
    }
}
