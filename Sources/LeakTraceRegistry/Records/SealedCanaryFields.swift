import Foundation
import LeakTraceCore

/// The part of a canary that would give it away (name, phone, address, order) in the byte form
/// that is sealed into `canary.sealed`: each field as a 4-byte big-endian length and its UTF-8.
///
/// ```swift
/// let bytes = SealedCanaryFields(name: n, phone: p, address: a, orderJSON: o).bytes
/// let back = try SealedCanaryFields(bytes: bytes)
/// ```
/// A length-prefixed form rather than JSON because a million-canary plant seals a million of them.
struct SealedCanaryFields: Hashable {
    var name: String
    var phone: String
    var address: String
    var orderJSON: String

    init(name: String, phone: String, address: String, orderJSON: String) {
        self.name = name
        self.phone = phone
        self.address = address
        self.orderJSON = orderJSON
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 + name.utf8.count + phone.utf8.count + address.utf8.count + orderJSON.utf8.count)
        for field in [name, phone, address, orderJSON] {
            let count = UInt32(field.utf8.count)
            withUnsafeBytes(of: count.bigEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: field.utf8)
        }
        return out
    }

    init(bytes: [UInt8]) throws {
        let fields = try Self.fields(bytes, count: 4)
        self.init(name: fields[0], phone: fields[1], address: fields[2], orderJSON: fields[3])
    }

    /// Name, phone and address only: the order, the longest field, is checked for length but never decoded.
    static func person(bytes: [UInt8]) throws -> PersonRecord {
        let fields = try fields(bytes, count: 3)
        return PersonRecord(name: fields[0], phone: fields[1], address: fields[2])
    }

    /// The first `count` of the four fields; the rest must still be whole.
    private static func fields(_ bytes: [UInt8], count wanted: Int) throws -> [String] {
        var fields: [String] = []
        var offset = 0
        var seen = 0
        while seen < 4 {
            guard offset + 4 <= bytes.count else { throw LeakTraceError.registry("a sealed canary is cut short") }
            let count = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard count <= bytes.count - offset else { throw LeakTraceError.registry("a sealed canary is cut short") }
            if seen < wanted { fields.append(String(decoding: bytes[offset..<offset + count], as: UTF8.self)) }
            offset += count
            seen += 1
        }
        guard offset == bytes.count else { throw LeakTraceError.registry("a sealed canary has trailing bytes") }
        return fields
    }
}
