/// What a record shows that could corroborate a masked number: the first character of each name
/// it shows, with the last when that shows too, and the provinces its addresses name. `nil` when the record shows something these keys cannot
/// bound (pinyin, a name with a hidden surname, free text searched for names, an address without
/// divisions): then every canary under the masked key is scored, as before.
///
/// ```swift
/// if let evidence = MaskedEvidence(fields) { index.maskedBlocks.appendSlots(headTail: key, evidence: evidence, into: &slots) }
/// ```
/// Why it is exact: a full name agrees only when equal, so its first and last scalars are the
/// canary's; a masked name with its first position visible is compatible only with names that
/// start with it, and with its last position visible only with names that end with it (a hidden
/// run of another length must leave the tail at the name's end: `MaskedName.isCompatible`);
/// an address whose divisions do not nest with the planted ones disagrees (`regionAgrees`), and
/// nested divisions share their province.
struct MaskedEvidence {
    /// A name's first scalar, and its last when the record shows it.
    struct NameEnds: Equatable {
        var first: Unicode.Scalar
        var last: Unicode.Scalar?
    }

    var names: [NameEnds] = []
    var provinces: [Int32] = []
    var hasAddress = false

    init?(_ fields: RecordFields) {
        guard fields.pinyin.isEmpty, fields.nameTexts.isEmpty else { return nil }
        for observation in fields.names {
            let ends: NameEnds?
            switch observation {
            case .full(let name): ends = name.unicodeScalars.first.map { NameEnds(first: $0, last: name.unicodeScalars.last) }
            case .masked(let masked): ends = (masked.positions.first ?? nil).map { NameEnds(first: $0, last: masked.positions.last ?? nil) }
            }
            guard let ends else { return nil }
            if !names.contains(ends) { names.append(ends) }
        }
        for address in fields.addresses {
            hasAddress = true
            let found = MaskedBlocks.provinces(of: address)
            guard !found.isEmpty else { return nil }
            for p in found where !provinces.contains(p) { provinces.append(p) }
        }
    }
}
