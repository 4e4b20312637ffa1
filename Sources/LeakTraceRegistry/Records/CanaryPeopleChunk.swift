import Foundation
import LeakTraceCore

/// One chunk of `canary_people_cache` in the byte form that is sealed: for each canary in
/// sequence order its id, name, phone and address, each as a 4-byte big-endian length and UTF-8.
///
/// ```swift
/// let bytes = CanaryPeopleChunk.bytes(people[0..<65_536])
/// let back = try CanaryPeopleChunk.people(bytes, count: 65_536)
/// ```
enum CanaryPeopleChunk {
    /// Canaries per chunk: enough that a million need 16 reads, small enough to open on every core.
    static let size = 65_536

    static func bytes(_ people: ArraySlice<(id: String, person: PersonRecord)>) -> [UInt8] {
        var out: [UInt8] = []
        for (id, person) in people {
            for field in [id, person.name, person.phone, person.address] {
                withUnsafeBytes(of: UInt32(field.utf8.count).bigEndian) { out.append(contentsOf: $0) }
                out.append(contentsOf: field.utf8)
            }
        }
        return out
    }

    static func people(_ bytes: [UInt8], count: Int) throws -> [(id: String, person: PersonRecord)] {
        var out: [(id: String, person: PersonRecord)] = []
        out.reserveCapacity(count)
        var offset = 0
        func field() throws -> String {
            guard offset + 4 <= bytes.count else { throw LeakTraceError.registry("a cached canary chunk is cut short") }
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard length <= bytes.count - offset else { throw LeakTraceError.registry("a cached canary chunk is cut short") }
            defer { offset += length }
            return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        }
        for _ in 0..<count {
            let id = try field()
            out.append((id, PersonRecord(name: try field(), phone: try field(), address: try field())))
        }
        guard offset == bytes.count else { throw LeakTraceError.registry("a cached canary chunk has trailing bytes") }
        return out
    }
}
