import Foundation
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

/// Builds a synthetic seized list in the shape of the 619,109-record QQ trade case: three columns
/// (姓名, 联系方式, 地址), background rows that are no canaries, and a sample of one entity's canaries
/// scattered among them.
///
/// Background rows and canaries go through the same formatting (plain, reformatted phone, waybill
/// masked) at the same rates, as a real broker's mixed list would, so nothing but the key tells them
/// apart. Background people come from a fixed public seed: they are synthetic, and the same every run.
public struct LeakSimulator: Sendable {
    public struct Outcome: Sendable {
        public var rows: Int
        public var bytes: Int
        /// The canaries written into the list, by how they were written.
        public var planted: [String: String]
    }

    static let backgroundSeed: UInt64 = 0x1EA4_7ACE_0619_109
    let names: NameGenerator
    let phones: PhoneGenerator
    let addresses: AddressGenerator

    public init(reference: ReferenceData = .standard) {
        names = NameGenerator(reference: reference)
        phones = PhoneGenerator(reference: reference)
        addresses = AddressGenerator(reference: reference)
    }

    /// Writes `records` rows to `url`, `canaries` among them at positions fixed by the seed.
    public func write(records: Int, canaries: [PersonRecord], canaryIDs: [String], to url: URL) throws -> Outcome {
        var rng = DeterministicRandom(seed: Self.backgroundSeed)
        let total = max(records, canaries.count)
        // Positions for the canaries: a deterministic sample of distinct rows.
        var slots = Set<Int>()
        while slots.count < canaries.count { slots.insert(rng.uniform(total)) }
        let ordered = slots.sorted()
        var canaryAt: [Int: Int] = [:]
        for (index, slot) in ordered.enumerated() { canaryAt[slot] = index }

        var text = "姓名,联系方式,地址\r\n"
        text.reserveCapacity(total * 90)
        var planted: [String: String] = [:]
        for row in 0..<total {
            let person: PersonRecord
            if let index = canaryAt[row] {
                person = canaries[index]
            } else {
                person = PersonRecord(name: names.generate(using: &rng), phone: phones.generate(using: &rng),
                                      address: addresses.generate(using: &rng).text)
            }
            let (line, style) = Self.format(person, using: &rng)
            if let index = canaryAt[row] { planted[canaryIDs[index]] = style }
            text += line
            text += "\r\n"
        }
        let data = Data(text.utf8)
        try data.write(to: url)
        return Outcome(rows: total, bytes: data.count, planted: planted)
    }

    /// 60% as issued, 15% with the phone reformatted, 25% masked as a GB/T 41833 waybill.
    static func format(_ person: PersonRecord, using rng: inout DeterministicRandom) -> (String, String) {
        let roll = rng.uniform(100)
        if roll < 60 {
            return ("\(person.name),\(person.phone),\(person.address)", "exact")
        } else if roll < 75 {
            let phone = WaybillMask.reformatted(person.phone, style: rng.uniform(4))
            return ("\(person.name),\(phone),\(person.address)", "reformatted")
        } else {
            return ("\(WaybillMask.name(person.name)),\(WaybillMask.phone(person.phone)),\(WaybillMask.address(person.address))", "masked")
        }
    }
}
