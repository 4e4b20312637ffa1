import LeakTraceCore

extension CanaryIndex {
    /// Builds, once per process, the reference tables every index and match reads (the division
    /// gazetteer and its chains, script folding, name frequencies, pinyin readings): about 0.8 G instructions,
    /// otherwise paid inside the first `CanaryIndex.init`. A caller with other work to do first
    /// (hashing the evidence) runs this beside it; the tables are the same whoever builds them.
    ///
    /// ```swift
    /// DispatchQueue.global().async { CanaryIndex.prepareTables() }
    /// let digest = try hash(evidence)          // meanwhile
    /// let index = CanaryIndex(canaries)        // finds the tables built
    /// ```
    @discardableResult
    public static func prepareTables() -> Int {
        // Sizes returned so that no access can be optimised away.
        DivisionGazetteer.standard.entries.count + DivisionChains.standard.count + ScriptFolding.table.count
            + (NameFrequencies.standard.fullNameShare("王伟") > 0 ? 1 : 0) + (PinyinReadings.standard.spells("wang", "王") ? 1 : 0)
    }
}
