/// A JSON value for building JSON-LD by hand. Encoded with `JSONCoding.encoder()`, whose sorted
/// keys make the output a function of the content alone.
///
/// ```swift
/// let node: JSONLDValue = ["@id": "kb:tool-…", "@type": "uco-tool:AnalyticTool"]
/// ```
enum JSONLDValue: Encodable, Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    case string(String)
    case integer(Int)
    case array([JSONLDValue])
    case object([String: JSONLDValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONLDValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONLDValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// A node reference, `{"@id": id}`.
    static func ref(_ id: String) -> JSONLDValue { ["@id": .string(id)] }

    /// A typed literal such as `{"@type": "xsd:dateTime", "@value": "…"}`.
    static func typed(_ type: String, _ value: String) -> JSONLDValue { ["@type": .string(type), "@value": .string(value)] }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
