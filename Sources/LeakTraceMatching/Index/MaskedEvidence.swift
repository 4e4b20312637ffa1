/// What a record shows that could corroborate a masked number: the surnames its names show and
/// the provinces its addresses name. `nil` when the record shows something these keys cannot
/// bound (pinyin, a name with a hidden surname, free text searched for names, an address without
/// divisions): then every canary under the masked key is scored, as before.
///
/// ```swift
/// if let evidence = MaskedEvidence(fields) { index.maskedBlocks.appendSlots(headTail: key, evidence: evidence, into: &slots) }
/// ```
/// Why it is exact: a full name agrees only when equal, so its first scalar is the canary's; a
/// masked name with its first position visible is compatible only with names that start with it;
/// an address whose divisions do not nest with the planted ones disagrees (`regionAgrees`), and
/// nested divisions share their province.
struct MaskedEvidence {
    var surnames: [Unicode.Scalar] = []
    var provinces: [Int32] = []
    var hasAddress = false

    init?(_ fields: RecordFields) {
        guard fields.pinyin.isEmpty, fields.nameTexts.isEmpty else { return nil }
        for observation in fields.names {
            let first: Unicode.Scalar?
            switch observation {
            case .full(let name): first = name.unicodeScalars.first
            case .masked(let masked): first = masked.positions.first ?? nil
            }
            guard let first else { return nil }
            if !surnames.contains(first) { surnames.append(first) }
        }
        for address in fields.addresses {
            hasAddress = true
            let found = MaskedBlocks.provinces(of: address)
            guard !found.isEmpty else { return nil }
            for p in found where !provinces.contains(p) { provinces.append(p) }
        }
    }
}
