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
/// builder.add(slot: 0, headTail: 138_78, surname: "林", last: "岚", provinces: [12])
/// let blocks = MaskedBlocks(bySurname: SlotTable(sorting: builder.bySurname), byNameEnds: SlotTable(sorting: builder.byNameEnds),
///                           byProvince: SlotTable(sorting: builder.byProvince), withoutRegion: SlotTable(sorting: builder.withoutRegion))
/// blocks.appendSlots(headTail: 138_78, evidence: evidence, into: &out)
/// ```
struct MaskedBlocks: Sendable {
    /// headTail << 21 | the planted name's first scalar.
    let bySurname: SlotTable
    /// headTail << 22 | a 22-bit hash of the planted name's first and last scalars: a record that
    /// shows both (a full name, 林*岚) needs only these, a few among the hundreds under its surname.
    /// Two pairs may share a hash; that only brings a canary into scoring.
    let byNameEnds: SlotTable
    /// headTail << 16 | a province (gazetteer entry) the planted address lies in.
    let byProvince: SlotTable
    /// Canaries whose planted address names no division, by headTail: no province rules them out.
    let withoutRegion: SlotTable

    /// Collects the keys of each canary; `CanaryIndex` sorts them into the tables, all at once.
    struct Builder {
        var bySurname: [UInt64] = []
        var byNameEnds: [UInt64] = []
        var byProvince: [UInt64] = []
        var withoutRegion: [UInt64] = []

        mutating func add(slot: Int32, headTail: UInt32, surname: Unicode.Scalar?, last: Unicode.Scalar?, provinces: [Int32]) {
            if let surname { bySurname.append(SlotTable.pack(key: MaskedBlocks.surnameKey(headTail, surname), slot: slot)) }
            if let surname, let last { byNameEnds.append(SlotTable.pack(key: MaskedBlocks.nameEndsKey(headTail, surname, last), slot: slot)) }
            if provinces.isEmpty {
                withoutRegion.append(SlotTable.pack(key: UInt64(headTail), slot: slot))
            } else {
                for province in provinces { byProvince.append(SlotTable.pack(key: MaskedBlocks.provinceKey(headTail, province), slot: slot)) }
            }
        }
    }

    static func surnameKey(_ headTail: UInt32, _ surname: Unicode.Scalar) -> UInt64 { UInt64(headTail) << 21 | UInt64(surname.value) }
    static func nameEndsKey(_ headTail: UInt32, _ first: Unicode.Scalar, _ last: Unicode.Scalar) -> UInt64 {
        let pair = (UInt64(first.value) << 21 | UInt64(last.value)) &* 0x9E37_79B9_7F4A_7C15
        return UInt64(headTail) << 22 | pair >> 42
    }
    static func provinceKey(_ headTail: UInt32, _ province: Int32) -> UInt64 { UInt64(headTail) << 16 | UInt64(UInt16(truncatingIfNeeded: province)) }

    /// The slots under `headTail` whose name or address may agree with `evidence`; may repeat a slot.
    func appendSlots(headTail: UInt32, evidence: MaskedEvidence, into out: inout [Int32]) {
        for name in evidence.names {
            if let last = name.last {
                byNameEnds.appendSlots(of: Self.nameEndsKey(headTail, name.first, last), into: &out)
            } else {
                bySurname.appendSlots(of: Self.surnameKey(headTail, name.first), into: &out)
            }
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
