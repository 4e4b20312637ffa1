import Dispatch
import LeakTraceCore

/// The planted canaries, normalised once and filed under blocking keys, so a seized record is
/// compared only with the few canaries it could be, never with every canary.
///
/// Keys: the full number; for masked numbers, the visible head and tail (first 3 + last 2 digits,
/// or last 4, or first 7), and under the first 3 + last 2 also the surname and the province
/// (`MaskedBlocks`); the normalised full name, for records without a usable phone. Each
/// planted address is parsed once here (`AddressParser`) and each name's term frequency computed. A
/// controlled pool number may serve many canaries, so every key leads to a list of slots.
///
/// ```swift
/// let index = CanaryIndex([(id: "c000001", person: PersonRecord(name: "林晓岚", phone: "13800138000",
///                                                            address: "浙江省杭州市西湖区文三路100号"))])
/// index.canaryIDs(forPhone: "13800138000")                            // ["c000001"]
/// index.candidateSlots(for: PhoneNormalizer.observe("138****8000")!)   // [0]
/// ```
public struct CanaryIndex: Sendable {
    struct Entry: Sendable {
        let id: String
        let person: PersonRecord
        let phone: PhoneKey?
        /// The planted name, normalised (spaces and honorifics dropped).
        let name: [Unicode.Scalar]
        /// The chance an unrelated person has this name (`NameFrequencies.standard`): its term frequency.
        let nameShare: Double
        let address: PlantedAddress
    }

    let entries: [Entry]
    let byPhone: [UInt64: [Int32]]
    /// head3 × 100 + tail2
    let byHeadTail: [UInt32: [Int32]]
    let byTail4: [UInt32: [Int32]]
    let byHead7: [UInt32: [Int32]]
    let byName: [String: [Int32]]
    /// Surname and province keys under head3 × 100 + tail2, for records that show a masked number.
    let maskedBlocks: MaskedBlocks
    /// Every planted full number, for the byte-level prefilter (`hasPlantedPhone`).
    public let plantedPhones: PlantedPhoneTable

    public init(_ canaries: [(id: String, person: PersonRecord)]) {
        // Normalising and parsing each canary is nearly all of the cost, and each canary's work is
        // independent: it runs on every core, and only filing slots under keys stays sequential, so
        // the index is identical to a single-threaded build.
        let prepared = Self.prepare(canaries)
        var entries: [Entry] = []
        entries.reserveCapacity(canaries.count)
        var byPhone: [UInt64: [Int32]] = [:]
        var byHeadTail: [UInt32: [Int32]] = [:]
        var byTail4: [UInt32: [Int32]] = [:]
        var byHead7: [UInt32: [Int32]] = [:]
        var byName: [String: [Int32]] = [:]
        byPhone.reserveCapacity(canaries.count)
        byHead7.reserveCapacity(min(canaries.count, 1 << 16))
        byName.reserveCapacity(canaries.count / 2)
        var maskedBlocks = MaskedBlocks()
        for (slot, item) in prepared.enumerated() {
            let s = Int32(slot)
            if let key = item.entry.phone {
                byPhone[key.value, default: []].append(s)
                byHeadTail[key.head3 * 100 + key.tail2, default: []].append(s)
                byTail4[key.tail4, default: []].append(s)
                byHead7[key.head7, default: []].append(s)
                maskedBlocks.add(
                    slot: s, headTail: key.head3 * 100 + key.tail2, surname: item.entry.name.first, provinces: item.provinces)
            }
            if let nameKey = item.nameKey { byName[nameKey, default: []].append(s) }
            entries.append(item.entry)
        }
        self.entries = entries
        self.byPhone = byPhone
        self.byHeadTail = byHeadTail
        self.byTail4 = byTail4
        self.byHead7 = byHead7
        self.byName = byName
        self.maskedBlocks = maskedBlocks
        self.plantedPhones = PlantedPhoneTable(byPhone.keys)
    }

    /// One canary normalised: its entry and, when the planted name reads as a full name, its key.
    private struct Prepared: Sendable {
        let entry: Entry
        let nameKey: String?
        let provinces: [Int32]
    }

    private static func prepare(_ canary: (id: String, person: PersonRecord)) -> Prepared {
        var key: PhoneKey?
        if case .full(let digits)? = PhoneNormalizer.observe(canary.person.phone) {
            key = PhoneKey(digits: digits)
        }
        let name: [Unicode.Scalar]
        var nameKey: String?
        if case .full(let normalized)? = NameNormalizer.observe(canary.person.name) {
            name = Array(normalized.unicodeScalars)
            nameKey = normalized
        } else {
            name = canary.person.name.unicodeScalars.filter { !ScalarClass.isSpace($0) }
        }
        let entry = Entry(
            id: canary.id, person: canary.person, phone: key, name: name,
            nameShare: NameFrequencies.standard.fullNameShare(name), address: PlantedAddress(canary.person.address))
        return Prepared(entry: entry, nameKey: nameKey, provinces: MaskedBlocks.provinces(of: entry.address.parsed))
    }

    /// `prepare` over all canaries, in chunks on every core; results keep the canaries' order.
    private static func prepare(_ canaries: [(id: String, person: PersonRecord)]) -> [Prepared] {
        let chunk = 4_096
        guard canaries.count > chunk else { return canaries.map(prepare) }
        let chunks = (canaries.count + chunk - 1) / chunk
        var parts = [[Prepared]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out   // each iteration writes only its own element
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = c * chunk..<min(canaries.count, (c + 1) * chunk)
                out[c] = canaries[range].map(prepare)
            }
        }
        return parts.flatMap { $0 }
    }

    /// Builds from planted canaries.
    public init(canaries: [Canary]) {
        self.init(canaries.map { (id: $0.id, person: $0.person) })
    }

    public var count: Int { entries.count }

    public func id(at slot: Int) -> String { entries[slot].id }
    public func person(at slot: Int) -> PersonRecord { entries[slot].person }

    /// How many canaries share the planted number of the canary at `slot` (pool numbers repeat).
    public func phoneMultiplicity(at slot: Int) -> Int {
        guard let key = entries[slot].phone else { return 0 }
        return byPhone[key.value]?.count ?? 0
    }
}
