import LeakTraceCore

/// A seized record's names and addresses, read once for all the candidates it is scored against:
/// from the assigned fields when the reader set them, otherwise from every cell.
///
/// Read from cells, a name that agrees with nothing is *missing*, not *disagree*: any short Han
/// cell (an item, a city) looks like a name, any Latin word like pinyin. An address disagrees only
/// if some cell looks like one.
///
/// ```swift
/// var fields = RecordFields(record)
/// fields.readAddresses(record)
/// fields.nameScore(entry, .standard).agreement   // .masked
/// ```
struct RecordFields {
    var names: [NameObservation] = []
    var pinyin: [PinyinName] = []
    /// Free-text cells, searched for the planted name as a whole.
    var nameTexts: [[Unicode.Scalar]] = []
    var namesFromCells = false
    var addresses: [ParsedAddress] = []
    var addressesFromCells = false
    var addressLike = false

    init(_ record: SeizedRecord) {
        if let name = record.name {
            if let observation = NameNormalizer.observe(name) {
                names.append(observation)
            } else if let latin = NameNormalizer.observePinyin(name) {
                pinyin.append(latin)
            }
        } else {
            namesFromCells = true
            for cell in record.cells {
                if let observation = NameNormalizer.observe(cell) {
                    names.append(observation)
                } else if cell.unicodeScalars.contains(where: ScalarClass.isHan) {
                    names.append(contentsOf: NameNormalizer.observations(inText: cell))
                    nameTexts.append(cell.unicodeScalars.compactMap { ScalarClass.isSpace($0) ? nil : ScriptFolding.simplified($0) })
                } else if let latin = NameNormalizer.observePinyin(cell) {
                    pinyin.append(latin)
                }
            }
        }
    }

    /// Addresses are read only once a candidate exists: most records never get this far.
    mutating func readAddresses(_ record: SeizedRecord) {
        if let address = record.address {
            addresses.append(AddressParser.parse(address))
        } else {
            addressesFromCells = true
            var joined: [Unicode.Scalar] = []
            var cells = 0
            for cell in record.cells where cell.unicodeScalars.contains(where: ScalarClass.isHan) {
                let normalized = AddressNormalizer.normalizedScalars(cell)
                addresses.append(AddressParser.parse(normalized: normalized))
                joined.append(contentsOf: normalized)
                cells += 1
                if !addressLike { addressLike = AddressNormalizer.looksLikeAddress(cell) }
            }
            // Exports split the address over 省/市/区/详细地址 columns; read them together too.
            if cells > 1 { addresses.append(AddressParser.parse(normalized: joined)) }
        }
    }

    static func phones(inCells cells: [String]) -> [PhoneObservation] {
        var phones: [PhoneObservation] = []
        for cell in cells {
            if let observation = PhoneNormalizer.observe(cell) {
                phones.append(observation)
            } else if cell.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || cell.unicodeScalars.contains(where: { $0.value >= 0xFF10 && $0.value <= 0xFF19 }) {
                phones.append(contentsOf: PhoneNormalizer.observations(inText: cell))
            }
        }
        // A row split into parts may show a virtual number's eleven digits on their own as well
        // (`17012345678,,1234` cut at the commas): they are still the platform's, not a number.
        var virtual: Set<String> = []
        for case .virtual(let number, _) in phones { virtual.insert(number) }
        if !virtual.isEmpty {
            phones.removeAll { if case .full(let digits) = $0 { virtual.contains(digits) } else { false } }
        }
        return phones
    }

    func nameScore(_ entry: CanaryIndex.Entry, _ weights: MatchWeights) -> FieldScore {
        var best = FieldScore.missing
        var any = false
        func consider(_ score: FieldScore) {
            if !any || score.weight > best.weight { best = score }
            any = true
        }
        for observation in names {
            switch observation {
            case .full(let name):
                consider(name.unicodeScalars.elementsEqual(entry.name)
                    ? weights.nameScore(.exact, termFrequency: entry.nameShare) : weights.nameScore(.disagree))
            case .masked(let masked):
                if masked.isCompatible(with: entry.name) {
                    let surname = masked.showsSurname
                    consider(weights.nameScore(
                        .masked, termFrequency: NameFrequencies.standard.maskedShare(masked),
                        showsSurname: surname, otherVisible: masked.visibleCount - (surname ? 1 : 0)))
                } else {
                    consider(weights.nameScore(.disagree))
                }
            }
        }
        for latin in pinyin {
            let spelled = latin.orders.contains { PinyinReadings.standard.spells(Array($0.utf8)[...], entry.name[...]) }
            consider(spelled ? weights.nameScore(.partial, termFrequency: entry.nameShare) : weights.nameScore(.disagree))
        }
        if best.agreement != .exact, entry.name.count >= 2,
            nameTexts.contains(where: { $0.firstRange(of: entry.name) != nil })
        {
            best = weights.nameScore(.exact, termFrequency: entry.nameShare)
        }
        if namesFromCells, best.agreement == .disagree { return .missing }
        return best
    }

    func addressScore(_ entry: CanaryIndex.Entry, _ weights: MatchWeights) -> FieldScore {
        var best: FieldAgreement?
        for seen in addresses {
            let level = seen.agreement(with: entry.address.parsed)
            best = best.map { AddressNormalizer.better($0, level) } ?? level
            if best == .exact { break }
        }
        guard var level = best else { return .missing }
        if addressesFromCells, level == .disagree, !addressLike { level = .missing }
        return weights.addressScore(level)
    }
}
