import LeakTraceCore

extension CanaryIndex {
    /// Slots whose planted number is exactly `digits` (eleven ASCII digits).
    public func slots(forPhone digits: String) -> [Int] {
        guard let key = PhoneKey(digits: digits) else { return [] }
        return byPhone.slots(of: key.value).map(Int.init)
    }

    public func canaryIDs(forPhone digits: String) -> [String] {
        slots(forPhone: digits).map { ids[$0] }
    }

    /// Slots whose normalised planted name is `name` (as `NameNormalizer` returns it).
    public func slots(forName name: String) -> [Int] {
        byName.slots(of: NameKey.of(name)).map(Int.init)
    }

    /// Canaries a phone observation could be: the exact number, or the numbers compatible with a
    /// mask through the most selective visible key. Virtual numbers lead nowhere: they are not
    /// the buyer's. `nil` when a mask shows too little for any key (the caller falls back to names).
    public func candidateSlots(for observation: PhoneObservation) -> [Int]? {
        var out: [Int32] = []
        guard appendCandidates(for: observation, into: &out) else { return nil }
        return out.map(Int.init)
    }

    /// The allocation-light form the matcher uses; returns `false` when no key applies.
    @discardableResult
    func appendCandidates(for observation: PhoneObservation, into out: inout [Int32]) -> Bool {
        switch observation {
        case .full(let digits):
            if let key = PhoneKey(digits: digits) { byPhone.appendSlots(of: key.value, into: &out) }
            return true
        case .masked(let masked):
            let start = out.count
            guard appendBucket(for: masked, into: &out) else { return false }
            keepCompatible(masked, from: start, in: &out)
            return true
        case .virtual:
            return true
        }
    }

    /// As `appendCandidates(for:into:)`, but for a masked number whose head and tail show, only the
    /// canaries `evidence` could corroborate (may repeat a slot). For `RecordMatcher.matches`, which
    /// keeps hits only: a canary outside these keys could never be one.
    @discardableResult
    func appendCandidates(for observation: PhoneObservation, evidence: MaskedEvidence?, into out: inout [Int32]) -> Bool {
        guard let evidence, case .masked(let masked) = observation, let headTail = Self.headTail(masked) else {
            return appendCandidates(for: observation, into: &out)
        }
        let start = out.count
        maskedBlocks.appendSlots(headTail: headTail, evidence: evidence, into: &out)
        keepCompatible(masked, from: start, in: &out)
        return true
    }

    /// Drops the slots from `start` on whose planted number `masked` rules out.
    private func keepCompatible(_ masked: MaskedDigits, from start: Int, in out: inout [Int32]) {
        var kept = start
        for i in start..<out.count {
            if let key = phones[Int(out[i])], masked.isCompatible(with: key) {
                out[kept] = out[i]
                kept += 1
            }
        }
        out.removeLast(out.count - kept)
    }

    /// Whether a masked observation's blocking key leads to any canary (compatible or not): a cheap
    /// test before the record's names and addresses are read.
    func mayHaveMaskedCandidates(_ observation: PhoneObservation) -> Bool {
        guard case .masked(let masked) = observation, let key = MaskedBucket(masked) else { return false }
        return table(for: key).contains(key.value)
    }

    /// head3 × 100 + tail2 when both show.
    static func headTail(_ m: MaskedDigits) -> UInt32? {
        var head: UInt32 = 0, tail: UInt32 = 0
        for i in 0..<3 {
            guard let d = m.digit(at: i) else { return nil }
            head = head * 10 + UInt32(d)
        }
        for i in 9..<11 {
            guard let d = m.digit(at: i) else { return nil }
            tail = tail * 10 + UInt32(d)
        }
        return head * 100 + tail
    }

    /// Appends the slots under the most selective key `m` shows; `false` when it shows none.
    private func appendBucket(for m: MaskedDigits, into out: inout [Int32]) -> Bool {
        guard let key = MaskedBucket(m) else { return false }
        table(for: key).appendSlots(of: key.value, into: &out)
        return true
    }

    private func table(for bucket: MaskedBucket) -> SlotTable {
        switch bucket {
        case .headTail: byHeadTail
        case .tail4: byTail4
        case .head7: byHead7
        }
    }
}

extension CanaryIndex {
    /// Whether `number` (eleven digits as an integer) is a planted number. A record whose only phone
    /// is a full number for which this is false matches nothing (`RecordMatcher` dismisses it after
    /// the same question), so callers may skip the record without parsing the rest of it.
    @inline(__always)
    public func hasPlantedPhone(_ number: UInt64) -> Bool {
        plantedPhones.contains(number)
    }
}

extension CanaryIndex {
    /// Whether `normalized` (a full name as `NameNormalizer` returns it) is a planted name: the
    /// blocking key `RecordMatcher` uses for a record without a full phone.
    public func hasPlantedName(_ normalized: String) -> Bool {
        byName.contains(NameKey.of(normalized))
    }

    /// Whether any canary is compatible with a masked phone through the matcher's blocking keys;
    /// false also when the mask shows too little for any key.
    public func hasCandidates(forMasked observation: PhoneObservation) -> Bool {
        var out: [Int32] = []
        appendCandidates(for: observation, into: &out)
        return !out.isEmpty
    }
}
