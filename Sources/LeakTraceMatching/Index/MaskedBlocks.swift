/// Second blocking keys under a masked number's visible head and tail (first 3 + last 2 digits).
///
/// Five visible digits are shared by about one canary in 4,000: at a million canaries every such
/// row would be scored against some 250 of them. A masked number alone never makes a hit
/// (`MatchWeights.accepts` wants the name or the address to agree too), so the canaries worth
/// scoring are those whose surname the record shows, or whose province its address names. These
/// keys find them without touching the rest; `MaskedEvidence` says when a record allows it.
///
/// ```swift
/// var blocks = MaskedBlocks()
/// blocks.add(slot: 0, headTail: 138_78, surname: "林", provinces: [12])
/// blocks.slots(headTail: 138_78, evidence: evidence, into: &out)
/// ```
struct MaskedBlocks: Sendable {
    /// headTail << 32 | the planted name's first scalar.
    private(set) var bySurname: [UInt64: [Int32]] = [:]
    /// headTail << 32 | a province (gazetteer entry) the planted address lies in.
    private(set) var byProvince: [UInt64: [Int32]] = [:]
    /// Canaries whose planted address names no division: no province rules them out.
    private(set) var withoutRegion: [UInt32: [Int32]] = [:]

    mutating func add(slot: Int32, headTail: UInt32, surname: Unicode.Scalar?, provinces: [Int32]) {
        if let surname { bySurname[UInt64(headTail) << 32 | UInt64(surname.value), default: []].append(slot) }
        if provinces.isEmpty {
            withoutRegion[headTail, default: []].append(slot)
        } else {
            for province in provinces { byProvince[UInt64(headTail) << 32 | UInt64(UInt32(province)), default: []].append(slot) }
        }
    }

    /// The slots under `headTail` whose name or address may agree with `evidence`; may repeat a slot.
    func appendSlots(headTail: UInt32, evidence: MaskedEvidence, into out: inout [Int32]) {
        for surname in evidence.surnames {
            if let found = bySurname[UInt64(headTail) << 32 | UInt64(surname.value)] { out.append(contentsOf: found) }
        }
        guard evidence.hasAddress else { return }
        if let found = withoutRegion[headTail] { out.append(contentsOf: found) }
        for province in evidence.provinces {
            if let found = byProvince[UInt64(headTail) << 32 | UInt64(UInt32(province))] { out.append(contentsOf: found) }
        }
    }

    /// The provinces (top-level gazetteer entries) of an address's divisions, sorted and distinct.
    static func provinces(of address: ParsedAddress) -> [Int32] {
        let g = DivisionGazetteer.standard
        var out: [Int32] = []
        for region in address.regions {
            var i = region
            while g.entries[Int(i)].parent >= 0 { i = g.entries[Int(i)].parent }
            if !out.contains(i) { out.append(i) }
        }
        return out.sorted()
    }
}
