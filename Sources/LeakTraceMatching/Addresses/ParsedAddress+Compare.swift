import LeakTraceCore

extension ParsedAddress {
    /// How one part of a seen address compares with the planted one.
    enum PartAgreement: Equatable {
        /// Both lack it, or only the seen address has it (extra text is not a difference).
        case notPlanted
        case absent
        case exact
        /// Visible characters agree; the rest is hidden (`**路`, `6**`, `**`).
        case masked
        /// The text stops inside the part and what is there agrees (华星 for 华星花园).
        case truncated
        case disagree

        var agrees: Bool { self == .exact || self == .masked || self == .truncated }
    }

    /// Whether the seen divisions can be the planted ones: `nil` when either names none.
    func regionAgrees(with planted: ParsedAddress) -> Bool? {
        guard !regions.isEmpty, !planted.regions.isEmpty else { return nil }
        let g = DivisionGazetteer.standard
        for s in regions {
            for p in planted.regions where g.isWithin(Int(p), Int(s)) || g.isWithin(Int(s), Int(p)) { return true }
        }
        return false
    }

    func agreement(of part: Part, with planted: ParsedAddress) -> PartAgreement {
        guard let p = planted[part] else { return .notPlanted }
        guard let s = self[part] else { return .absent }
        if s == p { return .exact }
        if s.allSatisfy({ $0 == "*" }) { return .masked }
        if s.contains("*") { return Self.glob(s[...], p[...]) ? .masked : .disagree }
        // A street office or town written before the road (西溪街道文三路), or left out.
        if part == .street, s.count >= 2, p.count >= 2, s.reversed().starts(with: p.reversed()) || p.reversed().starts(with: s.reversed()) { return .exact }
        if openPart == part, p.starts(with: s) { return .truncated }
        return .disagree
    }

    /// `*` runs stand for zero or more hidden characters: platforms print a fixed number of them.
    static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let rest = pattern.drop(while: { $0 == "*" })
            var t = text
            while true {
                if glob(rest, t) { return true }
                guard !t.isEmpty else { return false }
                t = t.dropFirst()
            }
        }
        guard let head = text.first, head == first else { return false }
        return glob(pattern.dropFirst(), text.dropFirst())
    }

    /// The whole comparison as one agreement level (documented on `AddressNormalizer.compare`).
    public func agreement(with planted: ParsedAddress) -> FieldAgreement {
        let region = regionAgrees(with: planted)
        if region == false { return .disagree }
        var levels: [PartAgreement] = []
        levels.reserveCapacity(Part.allCases.count)
        for part in Part.allCases {
            let level = agreement(of: part, with: planted)
            if level == .disagree { return .disagree }
            levels.append(level)
        }
        func at(_ part: Part) -> PartAgreement { levels[part.rawValue] }
        guard levels.contains(where: \.agrees) else { return .missing }

        let planted = Part.allCases.filter { at($0) != .notPlanted }
        let allExact = planted.allSatisfy { at($0) == .exact }
        // The building (or, without one, the house) is known: everything but unit and room.
        let settled: (Part) -> Bool = { at($0) == .exact || at($0) == .masked || at($0) == .notPlanted }
        let located: Bool
        if at(.compound) != .notPlanted, at(.building) != .notPlanted {
            located = settled(.compound) && settled(.building)
                && at(.street) != .truncated && at(.number) != .truncated
        } else {
            located = settled(.street) && settled(.number) && settled(.compound) && settled(.building)
                && (at(.street) != .notPlanted || at(.compound) != .notPlanted)
        }
        let tailSettled = [Part.unit, .room].allSatisfy { at($0) != .truncated }
        if region == true {
            if allExact { return .exact }
            if located && tailSettled { return .masked }
        }
        // Something below the divisions agrees: a road, a compound, or all of it without a place.
        let streetOrCompound = [Part.street, .compound].contains { part in
            at(part).agrees && (self[part]?.filter { $0 != "*" }.count ?? 0) >= 2
        }
        return located || streetOrCompound ? .partial : .missing
    }
}
