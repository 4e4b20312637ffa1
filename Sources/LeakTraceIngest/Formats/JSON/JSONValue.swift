/// A JSON value with object members in the order the file gives them (Foundation's parser loses
/// it), and numbers as written, so `13812345678` is never rounded through a Double.
///
/// ```swift
/// var parser = JSONParser(bytes)
/// if case .object(let members) = try parser.parseValue() { members.first?.key }   // "收件人"
/// ```
indirect enum JSONValue: Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): a == b
        case (.string(let a), .string(let b)), (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }
}
