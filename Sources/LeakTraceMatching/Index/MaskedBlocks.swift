/// Second blocking keys under a masked number's visible head and tail (first 3 + last 2 digits).
///
/// Five visible digits are shared by about one canary in 4,000: at a million canaries every such
/// row would be scored against some 250 of them. A masked number alone never makes a hit
/// (`MatchWeights.accepts` wants the name or the address to agree too), so the canaries worth
/// scoring are those whose surname the record shows, or whose province its address names. These
/// keys find them without touching the rest; `MaskedEvidence` says when a record allows it.
///
/// ```swift
/// var builder = MaskedBlocks.Builder()
/// builder.add(slot: 0, headTail: 138_78, surname: "林", provinces: [12])
/// let blocks = MaskedBlocks(bySurname: SlotTable(sorting: builder.bySurname),
///                           byProvince: SlotTable(sorting: builder.byProvince), withoutRegion: SlotTable(sorting: builder.withoutRegion))
/// blocks.appendSlots(headTail: 138_78, evidence: evidence, into: &out)
/// ```
struct MaskedBlocks: Sendable {
    /// headTail << 21 | the planted name's first scalar.
    let bySurname: SlotTable
    /// headTail << 16 | a province (gazetteer entry) the planted address lies in.
    let byProvince: SlotTable
    /// Canaries whose planted address names no division, by headTail: no province rules them out.
    let withoutRegion: SlotTable

    /// Collects the keys of each canary; `CanaryIndex` sorts them into the tables, all at once.
    struct Builder {
        var bySurname: [UInt64] = []
        var byProvince: [UInt64] = []
        var withoutRegion: [UInt64] = []

        mutating func add(slot: Int32, headTail: UInt32, surname: Unicode.Scalar?, provinces: [Int32]) {
            if let surname { bySurname.append(SlotTable.pack(key: MaskedBlocks.surnameKey(headTail, surname), slot: slot)) }
            if provinces.isEmpty {
                withoutRegion.append(SlotTable.pack(key: UInt64(headTail), slot: slot))
            } else {
                for province in provinces { byProvince.append(SlotTable.pack(key: MaskedBlocks.provinceKey(headTail, province), slot: slot)) }
            }
        }
    }

    static func surnameKey(_ headTail: UInt32, _ surname: Unicode.Scalar) -> UInt64 { UInt64(headTail) << 21 | UInt64(surname.value) }
    static func provinceKey(_ headTail: UInt32, _ province: Int32) -> UInt64 { UInt64(headTail) << 16 | UInt64(UInt16(truncatingIfNeeded: province)) }

    /// The slots under `headTail` whose name or address may agree with `evidence`; may repeat a slot.
    func appendSlots(headTail: UInt32, evidence: MaskedEvidence, into out: inout [Int32]) {
        for surname in evidence.surnames {
            bySurname.appendSlots(of: Self.surnameKey(headTail, surname), into: &out)
        }
        guard evidence.hasAddress else { return }
        withoutRegion.appendSlots(of: UInt64(headTail), into: &out)
        for province in evidence.provinces {
            byProvince.appendSlots(of: Self.provinceKey(headTail, province), into: &out)
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
