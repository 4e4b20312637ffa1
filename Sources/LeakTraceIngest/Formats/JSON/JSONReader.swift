import Foundation
import LeakTraceCore

/// Reads JSON documents (an array of objects, or an object holding one) and JSON Lines (one object
/// per line), nested objects included; each object is one record (see `JSONRecordFlattener`).
///
/// ```swift
/// let (records, summary) = try JSONReader().readAll(#"{"收件人": {"姓名": "张伟", "电话": "13800000001"}}"# + "\n" + #"{"name": "李娜"}"#)
/// summary.format       // "jsonl"
/// records[0].phone     // "13800000001"
/// ```
/// JSON Lines records are numbered by line and a line that does not parse is counted as `malformed`
/// and skipped. In a document, records are numbered in order; a document that breaks off keeps the
/// complete objects before the break and counts one `malformed`.
public struct JSONReader: RecordReader {
    public static let format = "json"
    public static let linesFormat = "jsonl"

    public init() {}

    public static func confidence(for sample: FileSample) -> Double {
        guard !sample.looksBinary, let first = sample.decodedHead.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
              first == "{" || first == "["
        else { return 0 }
        if ["json", "jsonl", "ndjson"].contains(sample.pathExtension) { return 0.95 }
        // A member name followed by a colon: JSON, not a bracketed note. Beats CSV, which splits JSON lines consistently.
        return sample.decodedHead.contains("\":") ? 0.95 : 0.2
    }

    public func read(_ text: DecodedText, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        try text.withUTF8 { bytes in
            Self.isJSONLines(bytes) ? try readLines(bytes, emit: emit) : try readDocument(bytes, emit: emit)
        }
    }

    /// JSON Lines when the first lines (two or more) each start an object: a broken line among them
    /// must not turn the file into one broken document.
    static func isJSONLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines = 0
        var start = 0
        while start < bytes.count && lines < 50 {
            let end = DelimitedScanner.lineEnd(in: bytes, from: start)
            var first = start
            while first < end, [0x20, 0x09, 0x0D].contains(bytes[first]) { first += 1 }
            if first < end {
                guard bytes[first] == UInt8(ascii: "{") else { return false }
                lines += 1
            }
            start = end + 1
        }
        return lines >= 2
    }

    private func readLines(_ bytes: UnsafeBufferPointer<UInt8>, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary(format: Self.linesFormat)
        var start = 0
        var line = 1
        while start < bytes.count {
            let end = DelimitedScanner.lineEnd(in: bytes, from: start)
            defer { start = end + 1; line += 1 }
            var parser = JSONParser(bytes, from: start, to: end, line: line)
            parser.skipWhitespace()
            if parser.isAtEnd { continue }
            do {
                let value = try parser.parseValue()
                parser.skipWhitespace()
                guard parser.isAtEnd else { throw parser.failure("text after the value") }
                let seen = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                summary.records += 1
                try emit(JSONRecordFlattener.record(from: value, number: line, seen: seen))
            } catch is JSONParser.Failure {
                summary.skip(.malformed, line: line)
            }
        }
        return summary
    }

    private func readDocument(_ bytes: UnsafeBufferPointer<UInt8>, emit: (SeizedRecord) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary(format: Self.format)
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        func emitRecord(_ value: JSONValue, from start: Int) throws {
            guard case .object = value else { return }   // scalars in a list of records carry no person
            summary.records += 1
            let seen = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<parser.position]), as: UTF8.self)
            try emit(JSONRecordFlattener.record(from: value, number: summary.records, seen: seen))
        }
        guard parser.current == UInt8(ascii: "[") else {
            // An object: its records are the objects of the first array of objects inside it, or itself.
            do {
                let value = try parser.parseValue()
                if let rows = Self.firstArrayOfObjects(in: value) {
                    for row in rows {
                        summary.records += 1
                        try emit(JSONRecordFlattener.record(from: row, number: summary.records, seen: Self.compact(row)))
                    }
                } else {
                    try emitRecord(value, from: 0)
                }
            } catch let failure as JSONParser.Failure {
                summary.skip(.malformed, line: failure.line)
            }
            return summary
        }
        // A top-level array is read element by element, so a cut-off file keeps its complete rows.
        parser.skipWhitespace()
        _ = try? parser.expect(UInt8(ascii: "["))
        parser.skipWhitespace()
        if parser.current == UInt8(ascii: "]") { return summary }
        while true {
            parser.skipWhitespace()
            let start = parser.position
            do {
                let value = try parser.parseValue(depth: 1)
                try emitRecord(value, from: start)
                parser.skipWhitespace()
                if parser.current == UInt8(ascii: ",") { _ = try parser.expect(UInt8(ascii: ",")); continue }
                try parser.expect(UInt8(ascii: "]"))
                return summary
            } catch let failure as JSONParser.Failure {
                summary.skip(.malformed, line: failure.line)
                return summary
            }
        }
    }

    /// The elements of the first array (breadth first) whose elements are objects.
    static func firstArrayOfObjects(in value: JSONValue) -> [JSONValue]? {
        var queue = [value]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            switch next {
            case .object(let members): queue += members.map(\.value)
            case .array(let elements):
                if elements.contains(where: { if case .object = $0 { true } else { false } }) {
                    return elements.filter { if case .object = $0 { true } else { false } }
                }
                queue += elements
            default: continue
            }
        }
        return nil
    }

    /// A value written back compactly, for the `seen` of records found inside a larger object.
    static func compact(_ value: JSONValue) -> String {
        switch value {
        case .object(let members): "{" + members.map { quoted($0.key) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(compact).joined(separator: ",") + "]"
        case .string(let text): quoted(text)
        case .number(let raw): raw
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
