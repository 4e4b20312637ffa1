import LeakTraceCore

/// Which columns of a table hold the name, the phone and the address, found from a header where
/// there is one and from the cells' content otherwise. Shared by every tabular reader.
///
/// ```swift
/// let roles = ColumnRoles.detect(header: ["订单号", "收件人", "手机", "收货地址"], rows: [])
/// roles.phone   // 2
/// let headerless = ColumnRoles.detect(header: nil, rows: [["13800138000", "张伟", "浙江省杭州市西湖区文三路90号"]])
/// headerless.name   // 1
/// ```
public struct ColumnRoles: Sendable, Equatable {
    public var name: Int?
    public var phone: Int?
    public var address: Int?

    public init(name: Int? = nil, phone: Int? = nil, address: Int? = nil) {
        self.name = name
        self.phone = phone
        self.address = address
    }

    /// Share of a column's non-empty cells that must look like a field before it is taken for one.
    public static let contentThreshold = 0.5

    public subscript(role: FieldRole) -> Int? {
        get {
            switch role {
            case .name: name
            case .phone: phone
            case .address: address
            }
        }
        set {
            switch role {
            case .name: name = newValue
            case .phone: phone = newValue
            case .address: address = newValue
            }
        }
    }

    public var isComplete: Bool { name != nil && phone != nil && address != nil }

    /// The roles a header row names, or nil when the row is not a header: it names none of the three
    /// fields, or it holds a phone number (then it is data, whatever its other cells say).
    public static func header(_ cells: [String]) -> ColumnRoles? {
        guard !cells.contains(where: CellProfile.isPhoneLike) else { return nil }
        var roles = ColumnRoles()
        var found = false
        for (column, cell) in cells.enumerated() {
            guard let role = HeaderVocabulary.role(for: cell), roles[role] == nil else { continue }
            roles[role] = column
            found = true
        }
        return found ? roles : nil
    }

    /// Header roles first; roles the header leaves open are filled from the content of the other
    /// columns, phones first (the most distinctive), then addresses, then names.
    public static func detect(header: [String]?, rows: [[String]]) -> ColumnRoles {
        var roles = header.flatMap(ColumnRoles.header) ?? ColumnRoles()
        guard !roles.isComplete, !rows.isEmpty else { return roles }
        let width = rows.map(\.count).max() ?? 0
        let tests: [(FieldRole, (String) -> Bool)] = [
            (.phone, CellProfile.isPhoneLike), (.address, CellProfile.isAddressLike), (.name, CellProfile.isNameLike),
        ]
        for (role, test) in tests where roles[role] == nil {
            let taken = Set(FieldRole.allCases.compactMap { roles[$0] })
            var best: (column: Int, score: Double)?
            for column in 0..<width where !taken.contains(column) {
                var filled = 0
                var matching = 0
                for row in rows where column < row.count {
                    let cell = row[column]
                    guard !cell.isEmpty else { continue }
                    filled += 1
                    if test(cell) { matching += 1 }
                }
                guard filled > 0 else { continue }
                let score = Double(matching) / Double(filled)
                if score >= contentThreshold, score > (best?.score ?? 0) { best = (column, score) }
            }
            roles[role] = best?.column
        }
        return roles
    }

    /// A record with its fields taken from the detected columns; empty cells leave a field unset.
    public func record(number: Int, cells: [String], seen: String) -> SeizedRecord {
        func value(_ column: Int?) -> String? {
            guard let column, column < cells.count else { return nil }
            let cell = cells[column]
            return cell.isEmpty ? nil : cell
        }
        return SeizedRecord(number: number, cells: cells, name: value(name), phone: value(phone), address: value(address), seen: seen)
    }
}
