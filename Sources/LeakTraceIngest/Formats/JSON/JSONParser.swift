/// A small JSON parser over UTF-8 bytes (RFC 8259) that keeps member order and raw numbers, and
/// reads a document value by value, so a truncated array still yields its complete elements.
///
/// ```swift
/// try text.withUTF8 { bytes in
///     var parser = JSONParser(bytes)
///     let value = try parser.parseValue()
/// }
/// ```
/// Nesting is capped (`maxDepth`) so hostile input cannot exhaust the stack.
struct JSONParser {
    struct Failure: Error {
        let reason: String
        let line: Int
    }

    static let maxDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    let end: Int
    /// 1-based line of `position`.
    private(set) var line: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil, line: Int = 1) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
        self.line = line
    }

    var isAtEnd: Bool { position >= end }
    var current: UInt8? { position < end ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return
            }
            position += 1
        }
    }

    /// Steps over one expected byte (after whitespace).
    mutating func expect(_ byte: UInt8) throws {
        skipWhitespace()
        guard current == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    func failure(_ reason: String) -> Failure {
        Failure(reason: isAtEnd ? "\(reason) but the text ends (truncated)" : reason, line: line)
    }

    mutating func parseValue(depth: Int = 0) throws -> JSONValue {
        guard depth < Self.maxDepth else { throw failure("nested deeper than \(Self.maxDepth) levels") }
        skipWhitespace()
        guard let byte = current else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(key: String, value: JSONValue)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a member name") }
                let key = try parseString()
                try expect(UInt8(ascii: ":"))
                members.append((key, try parseValue(depth: depth + 1)))
                skipWhitespace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "}"))
                return .object(members)
            }
        case UInt8(ascii: "["):
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") { position += 1; return .array(elements) }
            while true {
                elements.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                if current == UInt8(ascii: ",") { position += 1; continue }
                try expect(UInt8(ascii: "]"))
                return .array(elements)
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            while position < end, Self.isNumberByte(bytes[position]) { position += 1 }
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
        default:
            throw failure("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= end,
              UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { throw failure("unexpected word") }
        position += count
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }

    /// A string at `position` (on its opening quote), escapes undone; lone surrogates become U+FFFD.
    private mutating func parseString() throws -> String {
        position += 1
        let start = position
        while position < end {   // the common case: no escapes
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                defer { position += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte == 0x0A { break }
            position += 1
        }
        var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        var pendingHigh: UInt32?
        func flushHigh() {
            if pendingHigh != nil { text += [0xEF, 0xBF, 0xBD]; pendingHigh = nil }
        }
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                flushHigh()
                position += 1
                return String(decoding: text, as: UTF8.self)
            case 0x0A:
                throw failure("a string runs past the end of its line")
            case UInt8(ascii: "\\"):
                guard position + 1 < end else { throw failure("unterminated escape") }
                let escaped = bytes[position + 1]
                position += 2
                if escaped == UInt8(ascii: "u") {
                    guard position + 4 <= end, let unit = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + 4)]), as: UTF8.self), radix: 16) else {
                        throw failure("bad \\u escape")
                    }
                    position += 4
                    if (0xD800...0xDBFF).contains(unit) {
                        flushHigh()
                        pendingHigh = unit
                    } else if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                        pendingHigh = nil
                        let value = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                        text += Array(String(Unicode.Scalar(value)!).utf8)
                    } else {
                        flushHigh()
                        text += Array(String(Unicode.Scalar(unit) ?? "\u{FFFD}").utf8)
                    }
                    continue
                }
                flushHigh()
                switch escaped {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                default: text.append(escaped)   // \" \\ \/ and, leniently, anything else as itself
                }
            default:
                flushHigh()
                text.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string")
    }
}
