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
    /// headTail << 16 | a division (gazetteer entry) the planted address lies in: each of its most
    /// specific divisions and every one enclosing them (西湖区, 杭州市, 浙江省).
    let byRegion: SlotTable
    /// headTail << 16 | a most specific division of the planted address only, for a record whose
    /// address is more precise than the planted one (planted 浙江省, seen 西湖区).
    let byPlantedRegion: SlotTable
    /// Canaries whose planted address names no division, by headTail: no division rules them out.
    let withoutRegion: SlotTable

    /// The tables in `Builder.tables`' order.
    init(_ tables: [SlotTable]) {
        precondition(tables.count == 5)
        (bySurname, byNameEnds, byRegion, byPlantedRegion, withoutRegion) = (tables[0], tables[1], tables[2], tables[3], tables[4])
    }

    /// Collects the keys of each canary; `CanaryIndex` sorts them into the tables, all at once.
    struct Builder {
        var bySurname: [UInt64] = []
        var byNameEnds: [UInt64] = []
        var byRegion: [UInt64] = []
        var byPlantedRegion: [UInt64] = []
        var withoutRegion: [UInt64] = []

        var tables: [[UInt64]] { [bySurname, byNameEnds, byRegion, byPlantedRegion, withoutRegion] }

        mutating func add(slot: Int32, headTail: UInt32, surname: Unicode.Scalar?, last: Unicode.Scalar?, regions: [Int32]) {
            if let surname { bySurname.append(SlotTable.pack(key: MaskedBlocks.surnameKey(headTail, surname), slot: slot)) }
            if let surname, let last { byNameEnds.append(SlotTable.pack(key: MaskedBlocks.nameEndsKey(headTail, surname, last), slot: slot)) }
            guard !regions.isEmpty else {
                withoutRegion.append(SlotTable.pack(key: UInt64(headTail), slot: slot))
                return
            }
            let g = DivisionGazetteer.standard
            var filed: [Int32] = []
            for region in regions {
                byPlantedRegion.append(SlotTable.pack(key: MaskedBlocks.regionKey(headTail, region), slot: slot))
                // Ambiguous divisions (南山区 of Shenzhen or of Hegang) may share the ones above them.
                for division in g.chain(of: region) where !filed.contains(division) {
                    filed.append(division)
                    byRegion.append(SlotTable.pack(key: MaskedBlocks.regionKey(headTail, division), slot: slot))
                }
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
    /// Seen and planted divisions agree when one lies within the other (`regionAgrees`): a canary
    /// planted at or below a seen division is filed under it in `byRegion`; one planted above it,
    /// under one of the divisions enclosing it in `byPlantedRegion`.
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
            byRegion.appendSlots(of: Self.regionKey(headTail, region), into: &out)
            for enclosing in g.chain(of: region).dropFirst() {
                byPlantedRegion.appendSlots(of: Self.regionKey(headTail, enclosing), into: &out)
            }
        }
    }
}
