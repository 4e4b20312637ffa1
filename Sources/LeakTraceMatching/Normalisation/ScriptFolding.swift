import LeakTraceCorpus

/// Traditional characters folded to simplified ones, scalar by scalar, from OpenCC's table in
/// `Corpus/traditional_simplified.tsv`, so a list typed in Taiwan, Hong Kong or by a broker who
/// converts his sheets (張曉明, 臺北路) compares with the simplified canary.
///
/// ```swift
/// ScriptFolding.simplified("張")   // "张"
/// ScriptFolding.simplified("张")   // "张": already simplified
/// ```
enum ScriptFolding {
    /// Only characters that map one scalar to one scalar: OpenCC's single-character table is such.
    static let table: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        table.reserveCapacity(ReferenceData.standard.traditionalToSimplified.count)
        for (traditional, simplified) in ReferenceData.standard.traditionalToSimplified {
            let t = traditional.unicodeScalars, s = simplified.unicodeScalars
            guard t.count == 1, s.count == 1 else { continue }
            table[t.first!.value] = s.first!
        }
        return table
    }()

    /// The scalars of U+3400…U+9FFF that `table` folds to another.
    private static let folded = HanScalarSet { s in table[s.value].map { $0 != s } ?? false }

    /// Whether `simplified(s)` is `s` itself, without a hash lookup in U+3400…U+9FFF.
    @inline(__always)
    static func keepsHan(_ s: Unicode.Scalar) -> Bool {
        guard HanScalarSet.range.contains(s.value) else { return simplified(s) == s }
        return !folded.contains(s)
    }

    /// The simplified form of a Han scalar; anything else unchanged. One hash lookup, no allocation.
    @inline(__always)
    static func simplified(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard s.value >= 0x3400 else { return s }
        return table[s.value] ?? s
    }
}
