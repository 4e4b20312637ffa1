import LeakTraceCore

extension AddressNormalizer {
    /// How a seen address compares with a planted one.
    ///
    /// - `exact`: equal after normalising (trailing text after the full address is allowed, and a
    ///   missing final 室/号 is not a difference);
    /// - `masked`: every visible character agrees and what is hidden (`**`) or cut off at the end is
    ///   the unit or room, as GB/T 41833-2022 waybills print it;
    /// - `partial`: the province is left out, or at least half the address (and eight characters)
    ///   agrees before it is cut off or masked beyond the unit and room;
    /// - `disagree`: a visible character differs;
    /// - `missing`: nothing to compare, or too little (a city alone) to say anything.
    ///
    /// ```swift
    /// let planted = "浙江省杭州市西湖区文三路100号华星花园3栋2单元601室"
    /// AddressNormalizer.compare(seen: "浙江省杭州市西湖区文三路100号华星花园3栋", planted: planted)  // .masked
    /// AddressNormalizer.compare(seen: "浙江省杭州市拱墅区湖墅南路8号", planted: planted)          // .disagree
    /// ```
    public static func compare(seen: String, planted: String) -> FieldAgreement {
        compare(seen: normalizedScalars(seen), planted: PlantedAddress(planted))
    }

    static func compare(seen s: [Unicode.Scalar], planted: PlantedAddress) -> FieldAgreement {
        let p = planted.scalars
        guard !p.isEmpty, s.contains(where: { $0 != "*" }) else { return .missing }
        if s == p { return .exact }
        var best: FieldAgreement?
        var anchors: [(ArraySlice<Unicode.Scalar>, Bool)] = [(p[...], false)]
        if planted.provinceLength > 0, planted.provinceLength < p.count {
            anchors.append((p[planted.provinceLength...], true))
        }
        for (anchor, provinceDropped) in anchors {
            let probe = anchor.prefix(min(4, anchor.count))
            var i = 0
            while i + probe.count <= s.count {
                if s[i..<(i + probe.count)].elementsEqual(probe) {
                    var level = align(s[i...], anchor)
                    if provinceDropped, level == .exact || level == .masked { level = .partial }
                    if level == .exact { return .exact }
                    best = best.map { better($0, level) } ?? level
                }
                i += 1
            }
        }
        if s.first == "*" {
            let level = wildcard(s[...], p[...], matched: 0, anchorCount: p.count)
            best = best.map { better($0, level) } ?? level
        }
        // Nothing lines up with the planted address at all: a different place.
        return best ?? .disagree
    }

    static func rank(_ a: FieldAgreement) -> Int {
        switch a {
        case .exact: 4
        case .masked: 3
        case .partial: 2
        case .missing: 1
        case .disagree: 0
        }
    }

    static func better(_ a: FieldAgreement, _ b: FieldAgreement) -> FieldAgreement {
        rank(a) >= rank(b) ? a : b
    }

    /// `t` starts where the anchor (the planted address, or it without its province) was found.
    private static func align(_ t: ArraySlice<Unicode.Scalar>, _ a: ArraySlice<Unicode.Scalar>) -> FieldAgreement {
        var ti = t.startIndex
        var ai = a.startIndex
        while ti < t.endIndex, ai < a.endIndex, t[ti] == a[ai] {
            ti += 1
            ai += 1
        }
        let matched = ai - a.startIndex
        if ai == a.endIndex { return .exact }
        if ti == t.endIndex { return truncated(matched: matched, tail: a[ai...], anchorCount: a.count) }
        let next = t[ti]
        if next == "*" { return wildcard(t[ti...], a[ai...], matched: matched, anchorCount: a.count) }
        if isDigitOrLetter(next) { return .disagree }
        // The seen text moved on to something else (free text) once only the unit or room was left.
        return isUnitOrRoom(a[ai...]) ? .masked : .disagree
    }

    private static func truncated(matched: Int, tail: ArraySlice<Unicode.Scalar>, anchorCount: Int) -> FieldAgreement {
        if tail.allSatisfy({ designators.contains($0) }) { return .exact }
        if isUnitOrRoom(tail) { return .masked }
        if matched >= partialMinimum(anchorCount) { return .partial }
        return .missing
    }

    /// `t` starts with a mask; the visible pieces after it must appear in order in `a`.
    private static func wildcard(
        _ t: ArraySlice<Unicode.Scalar>, _ a: ArraySlice<Unicode.Scalar>, matched: Int, anchorCount: Int
    ) -> FieldAgreement {
        var segments: [ArraySlice<Unicode.Scalar>] = []
        var start: Int?
        for i in t.indices {
            if t[i] == "*" {
                if let s = start { segments.append(t[s..<i]); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { segments.append(t[s..<t.endIndex]) }
        let endsMasked = t.last == "*"
        var position = a.startIndex
        var visible = matched
        for (k, segment) in segments.enumerated() {
            let isLast = k == segments.count - 1
            let found: Range<Int>?
            if isLast && !endsMasked {
                let from = a.endIndex - segment.count
                found = from >= position && a[from...].elementsEqual(segment) ? from..<a.endIndex : nil
            } else {
                found = a[position...].firstRange(of: segment)
            }
            guard let range = found else {
                // A differing visible digit is a different address; other text is the row moving on.
                if let first = segment.first, isDigitOrLetter(first) { return .disagree }
                return k == 0 ? truncated(matched: matched, tail: a[position...], anchorCount: anchorCount) : .disagree
            }
            position = range.upperBound
            visible += segment.count
        }
        if visible * 10 >= anchorCount * 6 { return .masked }
        if visible >= partialMinimum(anchorCount) { return .partial }
        return .missing
    }

    static func partialMinimum(_ count: Int) -> Int { max(8, (count + 1) / 2) }

    static let designators: Set<Unicode.Scalar> = ["室", "号", "户", "房"]
    static let unitRoomScalars: Set<Unicode.Scalar> = [
        "单", "元", "室", "层", "楼", "户", "房", "号", "-", "*",
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "零", "〇",
    ]
    static let buildingScalars: Set<Unicode.Scalar> = ["栋", "幢", "座"]

    /// Whether a tail holds only a unit and room (`2单元601室`, `1-502`), never a building or compound.
    static func isUnitOrRoom(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !tail.isEmpty else { return false }
        var previous: Unicode.Scalar = " "
        for s in tail {
            if buildingScalars.contains(s) || (previous == "号" && s == "楼") { return false }
            guard isDigitOrLetter(s) || unitRoomScalars.contains(s) else { return false }
            previous = s
        }
        return true
    }

    @inline(__always)
    static func isDigitOrLetter(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A)
    }
}
