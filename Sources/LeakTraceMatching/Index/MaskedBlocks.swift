/// Second blocking keys under a masked number's visible head and tail (first 3 + last 2 digits).
///
/// Five visible digits are shared by about one canary in 4,000: at a million canaries every such
/// row would be scored against some 250 of them. A masked number alone never makes a hit
/// (`MatchWeights.accepts` wants the name or the address to agree too), so the canaries worth
/// scoring are those whose surname the record shows, or whose planted divisions nest with the
/// ones its address names. These keys find them without touching the rest; `MaskedEvidence`
/// says when a record allows it.
///
/// ```swift
/// var builder = MaskedBlocks.Builder()
/// builder.add(slot: 0, headTail: 138_78, surname: "林", last: "岚", regions: [西湖区])
/// let blocks = MaskedBlocks(builder.tables.map(SlotTable.init(sorting:)))
/// blocks.appendSlots(headTail: 138_78, evidence: evidence, into: &out)
/// ```
struct MaskedBlocks: Sendable {
    /// headTail << 21 | the planted name's first scalar.
    let bySurname: SlotTable
    /// headTail << 22 | a 22-bit hash of the planted name's first and last scalars: a record that
    /// shows both (a full name, 林*岚) needs only these, a few among the hundreds under its surname.
    /// Two pairs may share a hash; that only brings a canary into scoring.
    let byNameEnds: SlotTable
    /// headTail << 16 | a most specific division (gazetteer entry) of the planted address: 西湖区
    /// for 浙江省杭州市西湖区…; each candidate of an ambiguous one (南山区 of Shenzhen or of Hegang).
    let byRegion: SlotTable
    /// Canaries whose planted address names no division, by headTail: no division rules them out.
    let withoutRegion: SlotTable

    /// The tables in `Builder.tables`' order.
    init(_ tables: [SlotTable]) {
        precondition(tables.count == 4)
        (bySurname, byNameEnds, byRegion, withoutRegion) = (tables[0], tables[1], tables[2], tables[3])
    }

    /// Collects the keys of each canary; `CanaryIndex` sorts them into the tables, all at once.
    struct Builder {
        var bySurname: [UInt64] = []
        var byNameEnds: [UInt64] = []
        var byRegion: [UInt64] = []
        var withoutRegion: [UInt64] = []

        var tables: [[UInt64]] { [bySurname, byNameEnds, byRegion, withoutRegion] }

        mutating func add(slot: Int32, headTail: UInt32, surname: Unicode.Scalar?, last: Unicode.Scalar?, regions: [Int32]) {
            if let surname { bySurname.append(SlotTable.pack(key: MaskedBlocks.surnameKey(headTail, surname), slot: slot)) }
            if let surname, let last { byNameEnds.append(SlotTable.pack(key: MaskedBlocks.nameEndsKey(headTail, surname, last), slot: slot)) }
            guard !regions.isEmpty else {
                withoutRegion.append(SlotTable.pack(key: UInt64(headTail), slot: slot))
                return
            }
            for region in regions {
                byRegion.append(SlotTable.pack(key: MaskedBlocks.regionKey(headTail, region), slot: slot))
            }
        }
    }

    static func surnameKey(_ headTail: UInt32, _ surname: Unicode.Scalar) -> UInt64 { UInt64(headTail) << 21 | UInt64(surname.value) }
    static func nameEndsKey(_ headTail: UInt32, _ first: Unicode.Scalar, _ last: Unicode.Scalar) -> UInt64 {
        let pair = (UInt64(first.value) << 21 | UInt64(last.value)) &* 0x9E37_79B9_7F4A_7C15
        return UInt64(headTail) << 22 | pair >> 42
    }
    static func regionKey(_ headTail: UInt32, _ region: Int32) -> UInt64 {
        precondition(region >= 0 && region < 1 << 16, "division keys hold 16 bits")
        return UInt64(headTail) << 16 | UInt64(region)
    }

    /// The slots under `headTail` whose name or address may agree with `evidence`; may repeat a slot.
    ///
    /// Seen and planted divisions agree when one lies within the other (`regionAgrees`), so a seen
    /// division looks for canaries planted at itself, at each division enclosing it, and at each
    /// inside it: three lookups for a district, about a hundred for a province named alone.
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
        let g = DivisionGazetteer.standard
        for region in evidence.regions {
            for division in g.chain(of: region) {
                byRegion.appendSlots(of: Self.regionKey(headTail, division), into: &out)
            }
            for division in g.divisions(inside: region) {
                byRegion.appendSlots(of: Self.regionKey(headTail, division), into: &out)
            }
        }
    }
}
