import LeakTraceCore

/// The planted canaries, normalised once and filed under blocking keys, so a seized record is
/// compared only with the few canaries it could be, never with every canary.
///
/// Keys: the full number; for masked numbers, the visible head and tail (first 3 + last 2 digits,
/// or last 4, or first 7), and under the first 3 + last 2 also the surname (with the last
/// character) and the divisions (`MaskedBlocks`); the normalised full name, for records without a
/// usable phone. A planted address is parsed, and a name's term frequency computed, the first time
/// a record is scored against that canary (`CanaryDetails`): most canaries of a large registry
/// never are. A controlled pool number may serve many canaries, so every key leads to a list of slots.
///
/// ```swift
/// let index = CanaryIndex([(id: "c000001", person: PersonRecord(name: "林晓岚", phone: "13800138000",
///                                                            address: "浙江省杭州市西湖区文三路100号"))])
/// index.canaryIDs(forPhone: "13800138000")                            // ["c000001"]
/// index.candidateSlots(for: PhoneNormalizer.observe("138****8000")!)   // [0]
/// ```
public struct CanaryIndex: Sendable {
    /// One canary as scoring sees it. `name`, `nameShare` and `address` are worked out the first
    /// time the canary is scored (`CanaryDetails`), not when the index is built.
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

    let ids: [String]
    let people: [PersonRecord]
    let phones: [PhoneKey?]
    let details: CanaryDetails
    let byPhone: SlotTable
    /// head3 × 100 + tail2
    let byHeadTail: SlotTable
    let byTail4: SlotTable
    let byHead7: SlotTable
    /// `NameKey` of the normalised full name.
    let byName: SlotTable
    /// Surname, name-ends and division keys under head3 × 100 + tail2, for records that show a masked number.
    let maskedBlocks: MaskedBlocks
    /// Every planted full number, for the byte-level prefilter (`hasPlantedPhone`).
    public let plantedPhones: PlantedPhoneTable

    public init(_ canaries: [(id: String, person: PersonRecord)]) {
        // Only what files a canary under its keys is worked out here: its number, its name's key
        // and first and last characters, its address's divisions. Each canary's part is independent and runs on every
        // core; the tables are then sorted, so the index is the same however many cores built it.
        precondition(canaries.count <= Int(SlotTable.maxSlot) + 1, "a canary index holds at most \(SlotTable.maxSlot + 1) canaries")
        let facts = Self.keys(canaries)
        var phones: [PhoneKey?] = []
        phones.reserveCapacity(canaries.count)
        var byPhone: [UInt64] = [], byHeadTail: [UInt64] = [], byTail4: [UInt64] = [], byHead7: [UInt64] = [], byName: [UInt64] = []
        byPhone.reserveCapacity(canaries.count)
        byHeadTail.reserveCapacity(canaries.count)
        byTail4.reserveCapacity(canaries.count)
        byHead7.reserveCapacity(canaries.count)
        byName.reserveCapacity(canaries.count)
        var blocks = MaskedBlocks.Builder()
        for (slot, item) in facts.enumerated() {
            let s = Int32(slot)
            phones.append(item.phone)
            if let key = item.phone {
                let headTail = key.head3 * 100 + key.tail2
                byPhone.append(SlotTable.pack(key: key.value, slot: s))
                byHeadTail.append(SlotTable.pack(key: UInt64(headTail), slot: s))
                byTail4.append(SlotTable.pack(key: UInt64(key.tail4), slot: s))
                byHead7.append(SlotTable.pack(key: UInt64(key.head7), slot: s))
                blocks.add(slot: s, headTail: headTail, surname: item.surname, last: item.last, regions: item.regions)
            }
            if let nameKey = item.nameKey { byName.append(SlotTable.pack(key: nameKey, slot: s)) }
        }
        ids = canaries.map(\.id)
        people = canaries.map(\.person)
        self.phones = phones
        details = CanaryDetails(people: people)
        let tables = SlotTable.sorting([byPhone, byHeadTail, byTail4, byHead7, byName] + blocks.tables)
        self.byPhone = tables[0]
        self.byHeadTail = tables[1]
        self.byTail4 = tables[2]
        self.byHead7 = tables[3]
        self.byName = tables[4]
        maskedBlocks = MaskedBlocks(Array(tables[5...]))
        plantedPhones = PlantedPhoneTable(sortedDistinct: self.byPhone.keys)
    }

    /// What files one canary: its number, its normalised full name's key, the first and last
    /// scalars of its name as scoring reads it, and its address's divisions.
    private struct Keys: Sendable {
        let phone: PhoneKey?
        let nameKey: UInt64?
        let surname: Unicode.Scalar?
        let last: Unicode.Scalar?
        let regions: [Int32]
    }

    /// The planted (plain) forms are read directly; anything else goes through the normalisers,
    /// which give the same for the plain forms (`PhoneKey.planted`, `NameNormalizer.isPlainFullName`).
    private static func keys(_ canary: (id: String, person: PersonRecord)) -> Keys {
        let phone = PhoneKey.planted(canary.person.phone)
        let nameKey: UInt64?, surname: Unicode.Scalar?, last: Unicode.Scalar?
        if NameNormalizer.isPlainFullName(canary.person.name) {
            let scalars = canary.person.name.unicodeScalars
            (nameKey, surname, last) = (NameKey.of(canary.person.name), scalars.first, scalars.last)
        } else {
            let name = CanaryDetails.normalizedName(canary.person.name)
            (nameKey, surname, last) = (name.key.map(NameKey.of), name.scalars.first, name.scalars.last)
        }
        return Keys(
            phone: phone, nameKey: nameKey, surname: surname, last: last,
            // Divisions matter only under a masked key, which needs a number.
            regions: phone == nil ? [] : AddressParser.regions(of: canary.person.address))
    }

    /// `keys` over all canaries, in chunks on every core; results keep the canaries' order.
    private static func keys(_ canaries: [(id: String, person: PersonRecord)]) -> [Keys] {
        concurrentMap(canaries, chunk: 4_096, keys)
    }

    /// Builds from planted canaries.
    public init(canaries: [Canary]) {
        self.init(canaries.map { (id: $0.id, person: $0.person) })
    }

    public var count: Int { ids.count }

    public func id(at slot: Int) -> String { ids[slot] }
    public func person(at slot: Int) -> PersonRecord { people[slot] }

    /// The canary at `slot` as scoring reads it.
    func entry(at slot: Int) -> Entry {
        let d = details.details(at: slot)
        return Entry(id: ids[slot], person: people[slot], phone: phones[slot], name: d.name, nameShare: d.nameShare, address: d.address)
    }

    /// How many canaries share the planted number of the canary at `slot` (pool numbers repeat).
    public func phoneMultiplicity(at slot: Int) -> Int {
        guard let key = phones[slot] else { return 0 }
        return byPhone.count(of: key.value)
    }
}
