extension AddressParser {
    /// The divisions `parse(text)` finds (`ParsedAddress.regions`), without normalising the text
    /// or reading its parts when the leading place names allow it: a chain of full names looked
    /// up whole (`DivisionChains`), or the names read from the text as written (`leadingRegions`).
    ///
    /// ```swift
    /// AddressParser.regions(of: "浙江省杭州市西湖区文三路100号")   // [西湖区's gazetteer entry]
    /// AddressParser.regions(of: "浙江 杭州 西湖区")                // the same, through the full parse
    /// ```
    /// A million planted addresses are filed by their divisions when an index is built, and every
    /// waybill-masked row of a list is blocked by its own: a full parse costs about 4 µs, reading
    /// the leading names a fraction of that.
    static func regions(of text: String) -> [Int32] {
        regionsWithoutParsing(text) ?? parse(text).regions
    }

    /// `regions(of:)` when the leading names give it; nil when only the full parse can tell.
    static func regionsWithoutParsing(_ text: String) -> [Int32]? {
        DivisionChains.standard.regions(startingWith: text) ?? leadingRegions(text)
    }

    /// Whether the address names a division (`parse(text).namesDivision`), read as the index
    /// reads a planted address's divisions.
    public static func namesDivision(_ text: String) -> Bool {
        !regions(of: text).isEmpty
    }

    /// `parse(text).regions`, read from the text as written; `nil` when that might differ.
    ///
    /// Why it is exact: `readRegion` reads nothing beyond the last name it accepts plus the longest
    /// name the gazetteer holds (and the scalar after a name). When every scalar up to there is one
    /// the normaliser keeps as it is — a simplified character of U+3400…U+9FFF that is no numeral, an ASCII
    /// digit, `-`, `#` or `*` — the normalised text starts with the same scalars, so `readRegion`
    /// takes the same steps on it. A numeral counts as kept when its run is followed by a kept
    /// scalar that is no marker (文三路), since 三门峡市 becomes 3门峡市 only because 门 is one; a
    /// rewrite further on never moves an earlier scalar. No kept scalar composes under NFKC. A
    /// leading label, or no division at the start, is left to the full parse.
    static func leadingRegions(_ text: String, gazetteer g: DivisionGazetteer = .standard) -> [Int32]? {
        // readRegion accepts at most three names, so nothing past this many scalars can matter.
        let s = Array(text.unicodeScalars.prefix(4 * g.longestName + 1))
        guard labelEnd(s) == 0 else { return nil }
        let (regions, end) = readRegion(s, from: 0, g)
        guard !regions.isEmpty else { return nil }
        guard normalizes(s, unchangedUpTo: min(s.count, end + g.longestName + 1)) else { return nil }
        return regions
    }

    /// Whether the normaliser leaves the first `count` scalars of `s` (a prefix of the text) where
    /// and as they are: each is kept as written, or is a numeral in a run that no marker follows.
    static func normalizes(_ s: [Unicode.Scalar], unchangedUpTo count: Int) -> Bool {
        let kept = Self.keptHan
        var i = 0
        while i < count {
            if kept.contains(s[i]) {   // the common case, one bit test
                i += 1
                continue
            }
            guard ChineseNumerals.isNumeral(s[i]) else {
                guard isKeptAsWritten(s[i]) else { return false }
                i += 1
                continue
            }
            // `ChineseNumerals.rewrite` turns a run into digits only before a marker or at the very
            // end; what follows must be in the prefix, kept, and no marker.
            var j = i
            while j < s.count, ChineseNumerals.isNumeral(s[j]) {
                guard HanScalarSet.range.contains(s[j].value), ScriptFolding.keepsHan(s[j]) else { return false }
                j += 1
            }
            guard j < s.count, isKeptAsWritten(s[j]), !ChineseNumerals.isMarker(s[j]) else { return false }
            i = j
        }
        return true
    }

    /// The Han scalars `isKeptAsWritten` keeps, for the common case's one bit test.
    private static let keptHan = HanScalarSet(where: isKeptAsWritten)

    /// Whether `AddressNormalizer.normalizedScalars` leaves the scalar as it is, wherever it stands.
    @inline(__always)
    static func isKeptAsWritten(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x23 || v == 0x2A { return true }
        guard HanScalarSet.range.contains(v) else { return false }
        return ScriptFolding.keepsHan(s) && !ChineseNumerals.isNumeral(s)
    }
}
