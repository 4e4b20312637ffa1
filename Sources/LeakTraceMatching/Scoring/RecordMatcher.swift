import LeakTraceCore

/// Finds the canaries in one seized record: index lookups for candidates, then Fellegi–Sunter
/// scoring of each candidate's phone, name and address.
///
/// A record whose full phone is not a planted number is dismissed after one hash lookup, which
/// is the fate of nearly every row in a seized list. Names are used as a blocking key only when
/// the record has no full phone (masked, virtual or absent).
///
/// ```swift
/// let matcher = RecordMatcher(index: CanaryIndex(canaries))
/// let record = SeizedRecord(number: 17, cells: ["林*岚", "138****8000", "浙江省杭州市西湖区文三路100号"],
///                           seen: "林*岚,138****8000,…")
/// matcher.matches(in: record)      // hits only, best first
/// matcher.candidates(in: record)   // hits and possible links
/// ```
public struct RecordMatcher: Sendable {
    public let index: CanaryIndex
    public let weights: MatchWeights

    public init(index: CanaryIndex, weights: MatchWeights = .standard) {
        self.index = index
        self.weights = weights
    }

    /// All canaries this record matches, best first; usually empty. Uses `record.phone`, `.name`
    /// and `.address` when set, and searches `record.cells` for each field that is not.
    public func matches(in record: SeizedRecord) -> [CanaryMatch] {
        let all = candidates(in: record, hitsOnly: true)
        return all.allSatisfy(\.isHit) ? all : all.filter(\.isHit)
    }

    /// Every canary the record was compared with, hits and possible links, best first.
    public func candidates(in record: SeizedRecord) -> [CanaryMatch] {
        candidates(in: record, hitsOnly: false)
    }

    /// With `hitsOnly`, canaries under a masked number that neither the record's names nor its
    /// addresses could corroborate are not scored: they could not be hits (`MaskedEvidence`).
    func candidates(in record: SeizedRecord, hitsOnly: Bool) -> [CanaryMatch] {
        var phones: [PhoneObservation] = []
        if let text = record.phone {
            if let observation = PhoneNormalizer.observe(text) {
                // The common case: a full number no canary has. One lookup, no allocation.
                if case .full(let digits) = observation {
                    guard let key = PhoneKey(digits: digits), index.plantedPhones.contains(key.value) else { return [] }
                }
                phones.append(observation)
            } else {
                phones = PhoneNormalizer.observations(inText: text)
            }
        } else {
            phones = RecordFields.phones(inCells: record.cells)
        }

        var slots: [Int32] = []
        var hasFull = false
        var masked = false
        for observation in phones {
            if case .full = observation { hasFull = true }
            if hitsOnly, case .masked = observation {
                masked = true
                continue
            }
            index.appendCandidates(for: observation, into: &slots)
        }
        var prepared: RecordFields?
        var addressesRead = false
        if masked {
            // Only when the masked key leads to some canary: at small registries most masked rows stop here unparsed.
            if phones.contains(where: index.mayHaveMaskedCandidates) {
                var read = RecordFields(record)
                let addressRegions: [[Int32]]
                if let address = record.address, let regions = AddressParser.regionsWithoutParsing(address) {
                    // The divisions pick the canaries; the rest of the address is read only if some are picked.
                    addressRegions = [regions]
                } else {
                    read.readAddresses(record)
                    addressesRead = true
                    addressRegions = read.addresses.map(\.regions)
                }
                var evidence = MaskedEvidence(read, addressRegions: addressRegions)
                if let found = evidence {
                    // A canary found by its name alone has an address that disagrees (the record's
                    // names a division, the canary's does not nest with it), or none to compare.
                    let address = record.address != nil && found.hasAddress ? weights.addressScore(.disagree) : .missing
                    if weights.bestWeight(maskedPhones: phones, names: read.names, address: address) < weights.threshold {
                        evidence?.names = []
                    }
                }
                for observation in phones {
                    if case .masked = observation { index.appendCandidates(for: observation, evidence: evidence, into: &slots) }
                }
                prepared = read
            }
        }
        if hasFull && slots.isEmpty { return [] }
        var fields = prepared ?? RecordFields(record)
        if !hasFull {
            for case .full(let name) in fields.names {
                index.byName.appendSlots(of: NameKey.of(name), into: &slots)
            }
        }
        guard !slots.isEmpty else { return [] }
        if !addressesRead { fields.readAddresses(record) }
        if slots.count > 1 {
            // Several keys (two numbers in one row, a name) may lead to the same canary.
            slots.sort()
            var unique = 1
            for i in 1..<slots.count where slots[i] != slots[unique - 1] {
                slots[unique] = slots[i]
                unique += 1
            }
            slots.removeLast(slots.count - unique)
        }

        var results: [CanaryMatch] = []
        results.reserveCapacity(slots.count)
        for slot in slots {
            let entry = index.entry(at: Int(slot))
            let scores = FieldScores(
                phone: phoneScore(phones, entry),
                name: fields.nameScore(entry, weights),
                address: fields.addressScore(entry, weights))
            let shared = index.phoneMultiplicity(at: Int(slot)) > 1
            results.append(CanaryMatch(canaryID: entry.id, scores: scores, isHit: weights.accepts(scores, phoneShared: shared)))
        }
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.canaryID < $1.canaryID }
        return results
    }

    /// The record's numbers as `candidates(in:hitsOnly:)` reads them (which inlines this to skip
    /// the array for the common full number): its phone field as one number or, failing that, as
    /// text with numbers in it; without a phone field, every cell searched.
    static func phoneObservations(_ record: SeizedRecord) -> [PhoneObservation] {
        if let text = record.phone {
            if let observation = PhoneNormalizer.observe(text) { return [observation] }
            return PhoneNormalizer.observations(inText: text)
        }
        return RecordFields.phones(inCells: record.cells)
    }

    /// The best agreement any of the record's numbers has with the planted one.
    func phoneScore(_ phones: [PhoneObservation], _ entry: CanaryIndex.Entry) -> FieldScore {
        var best = FieldScore.missing
        guard let key = entry.phone else { return best }
        for observation in phones {
            let score: FieldScore
            switch observation {
            case .full(let digits):
                score = weights.phoneScore(PhoneKey(digits: digits) == key ? .exact : .disagree)
            case .masked(let masked):
                score = masked.isCompatible(with: key)
                    ? weights.phoneScore(.masked, visibleDigits: masked.visibleCount) : weights.phoneScore(.disagree)
            case .virtual:
                continue   // a platform's number says nothing about the buyer's
            }
            if best.agreement == .missing || score.weight > best.weight { best = score }
        }
        return best
    }
}
