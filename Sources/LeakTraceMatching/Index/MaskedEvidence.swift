/// What a record shows that could corroborate a masked number: the first character of each name
/// it shows, with the last when that shows too, and the most specific divisions its addresses
/// name. `nil` when the record shows something these keys cannot bound (pinyin, a name with a
/// hidden surname, free text searched for names, an address without divisions): then every
/// canary under the masked key is scored, as before.
///
/// ```swift
/// if let evidence = MaskedEvidence(fields, addressRegions: [AddressParser.regions(of: address)]) {
///     index.maskedBlocks.appendSlots(headTail: key, evidence: evidence, into: &slots)
/// }
/// ```
/// Why it is exact: a full name agrees only when equal, so its first and last scalars are the
/// canary's; a masked name with its first position visible is compatible only with names that
/// start with it, and with its last position visible only with names that end with it (a hidden
/// run of another length must leave the tail at the name's end: `MaskedName.isCompatible`);
/// an address whose divisions do not nest with the planted ones disagrees (`regionAgrees`).
struct MaskedEvidence {
    /// A name's first scalar, and its last when the record shows it.
    struct NameEnds: Equatable {
        var first: Unicode.Scalar
        var last: Unicode.Scalar?
    }

    var names: [NameEnds] = []
    /// The most specific divisions (gazetteer entries) the record's addresses can mean.
    var regions: [Int32] = []
    var hasAddress = false

    /// `addressRegions`: the divisions of each address the record shows, as `ParsedAddress.regions`
    /// (`AddressParser.regions(of:)` reads them without parsing the rest).
    init?(_ fields: RecordFields, addressRegions: [[Int32]]) {
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
        for found in addressRegions {
            hasAddress = true
            guard !found.isEmpty else { return nil }
            for region in found where !regions.contains(region) { regions.append(region) }
        }
    }

    /// From fields whose addresses are read.
    init?(_ fields: RecordFields) {
        self.init(fields, addressRegions: fields.addresses.map(\.regions))
    }
}
