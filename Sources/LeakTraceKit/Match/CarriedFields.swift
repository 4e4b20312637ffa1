import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching

/// The fields one seized record carries, as the record counts report them: name, phone and address
/// from the record's roles, and a resident ID number, order content or anything else from its
/// remaining cells.
///
/// ```swift
/// let fields = CarriedFields(record)   // [.name, .phone, .address, .idNumber]
/// fields.profile                        // "name+phone+address+id_number"
/// ```
/// Worked out only for a record that is counted (a new person), so a list of duplicates costs nothing.
public struct CarriedFields: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let name = CarriedFields(rawValue: 1 << 0)
    public static let phone = CarriedFields(rawValue: 1 << 1)
    public static let address = CarriedFields(rawValue: 1 << 2)
    public static let idNumber = CarriedFields(rawValue: 1 << 3)
    public static let order = CarriedFields(rawValue: 1 << 4)
    /// A further non-empty cell that is none of the above.
    public static let other = CarriedFields(rawValue: 1 << 5)

    static let parts: [(CarriedFields, String)] = [
        (.name, "name"), (.phone, "phone"), (.address, "address"), (.idNumber, "id_number"), (.order, "order"), (.other, "other"),
    ]
    /// Every profile string, by raw value: built once, so counting joins no strings per row.
    static let profiles: [String] = (0..<64).map { raw in
        parts.filter { CarriedFields(rawValue: UInt8(raw)).contains($0.0) }.map(\.1).joined(separator: "+")
    }

    /// `name+phone+address+id_number+order+other`, as many parts as are carried.
    public var profile: String { Self.profiles[Int(rawValue & 63)] }

    /// A record's fields. Cells that are the record's name, phone or address, or that hold a phone
    /// number when the reader found no phone column, are not looked at again.
    public init(_ record: SeizedRecord) {
        self = [.phone]
        if let name = record.name, !name.isEmpty { insert(.name) }
        if let address = record.address, !address.isEmpty { insert(.address) }
        for cell in record.cells where !cell.isEmpty && cell != record.name && cell != record.address && cell != record.phone {
            if record.phone == nil, !PhoneNormalizer.observations(inText: cell).isEmpty { continue }
            formUnion(Self.classify(Array(cell.utf8)))
        }
    }

    /// A delimited row's fields, read as bytes where the cell is unquoted.
    public init<Row: RowCells>(_ row: Row) {
        self = [.phone]
        let roles = row.roles
        for column in 0..<row.cellCount where column != roles.phone {
            let empty: Bool
            var found: CarriedFields = []
            if let bytes = row.plainBytes(at: column) {
                empty = bytes.allSatisfy { $0 == 0x20 }
                if !empty, column != roles.name, column != roles.address { found = Self.classify(bytes) }
            } else {
                let value = row.value(at: column)
                empty = value.isEmpty
                if !empty, column != roles.name, column != roles.address { found = Self.classify(Array(value.utf8)) }
            }
            guard !empty else { continue }
            if column == roles.name { insert(.name) } else if column == roles.address { insert(.address) } else { formUnion(found) }
        }
    }

    /// What one other cell holds: an ID number, order content, both, or neither (`other`).
    static func classify<C: Collection<UInt8>>(_ cell: C) -> CarriedFields where C.Index == Int {
        var found: CarriedFields = []
        if ResidentIDNumber.contains(cell) { found.insert(.idNumber) }
        if OrderContent.matches(cell) { found.insert(.order) }
        return found.isEmpty ? .other : found
    }
}
