import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration
import LeakTraceMatching

/// A seized list with no canary in it, generated at test time from a fixed seed: ordinary people
/// drawn by the project's generators, shown plain, GB/T 41833-masked or with older 4-digit masks,
/// plus decoys built against the given canaries: the canary's surname and the phone digits a mask
/// leaves visible, another given name and another address (a third of them in the same district).
struct ControlList {
    let canaries: [(id: String, person: PersonRecord)]
    var rng: DeterministicRandom
    let names = NameGenerator()
    let addresses = AddressGenerator()
    let phones = PhoneGenerator()
    let surnames = ReferenceData.standard.surnames
    let givenCharacters = ReferenceData.standard.femaleGivenCharacters

    init(canaries: [(id: String, person: PersonRecord)], seed: UInt64) {
        self.canaries = canaries
        rng = DeterministicRandom(seed: seed)
    }

    /// `count` rows, `decoysPerCanary` of them decoys for each canary, shuffled in.
    mutating func records(count: Int, decoysPerCanary: Int) -> [SeizedRecord] {
        var rows: [PersonRecord] = []
        rows.reserveCapacity(count)
        var masks: [Int] = []
        for canary in canaries {
            for _ in 0..<decoysPerCanary {
                rows.append(decoy(of: canary.person))
                masks.append(rng.chance(0.5) ? 6 : 4)
            }
        }
        while rows.count < count {
            rows.append(PersonRecord(name: names.generate(using: &rng), phone: phones.generate(using: &rng), address: ""))
            let roll = rng.unit()
            masks.append(roll < 0.6 ? 0 : roll < 0.9 ? 6 : 4)
        }
        var order = Array(rows.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.uniform(i + 1)) }
        return order.enumerated().map { number, i in
            var person = rows[i]
            if person.address.isEmpty { person.address = addresses.generate(using: &rng).text }
            return render(person, mask: masks[i], number: number + 1)
        }
    }

    private mutating func decoy(of canary: PersonRecord) -> PersonRecord {
        let surname = String(canary.name.prefix(1))
        var name = canary.name
        while name == canary.name {
            name = surname + givenCharacters.draw(using: &rng) + (rng.chance(0.5) ? givenCharacters.draw(using: &rng) : "")
        }
        var phone = String(canary.phone.prefix(3))
        for _ in 0..<6 { phone += String(rng.uniform(10)) }
        phone += canary.phone.suffix(2)
        var address = addresses.generate(using: &rng)
        if rng.chance(0.33), let district = Self.locality(of: canary.address) {
            // Same district, another road: a neighbour across town.
            address.province = district
            address.city = nil
            address.district = nil
        }
        return PersonRecord(name: name, phone: phone, address: address.text)
    }

    /// 浙江省杭州市西湖区 from a planted address, by the parser the matcher uses.
    static func locality(of address: String) -> String? {
        let parsed = AddressParser.parse(address)
        let locality = [parsed.province, parsed.city, parsed.district].compactMap { $0 }.joined()
        return locality.isEmpty ? nil : locality
    }

    private func render(_ person: PersonRecord, mask: Int, number: Int) -> SeizedRecord {
        var name = person.name
        var phone = person.phone
        var address = person.address
        switch mask {
        case 6:
            name = String(name.prefix(1)) + "*" + (name.count > 2 ? String(name.suffix(1)) : "")
            phone = phone.prefix(3) + "******" + phone.suffix(2)
            address = AddressMasking.removingUnitAndRoom(address)
        case 4:
            name = String(name.prefix(1)) + "*" + (name.count > 2 ? String(name.suffix(1)) : "")
            phone = phone.prefix(3) + "****" + phone.suffix(4)
        default:
            break
        }
        return SeizedRecord(number: number, cells: [name, phone, address], name: name, phone: phone, address: address,
                            seen: "\(name),\(phone),\(address)")
    }
}
