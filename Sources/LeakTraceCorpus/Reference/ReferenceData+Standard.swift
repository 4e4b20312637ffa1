extension ReferenceData {
    /// The corpus compiled into the binary, parsed on first use. Its text is the `Corpus/` files
    /// verbatim (a unit test proves it), so a failure here is a build defect, not a user error.
    public static let standard: ReferenceData = {
        do {
            return try ReferenceData(
                divisionsTSV: EmbeddedCorpus.divisions,
                surnamesTSV: EmbeddedCorpus.surnames,
                givenNameCharactersTSV: EmbeddedCorpus.givenNameCharacters,
                mobilePrefixesTSV: EmbeddedCorpus.mobilePrefixes,
                traditionalSimplifiedTSV: EmbeddedCorpus.traditionalSimplified,
                addressPatternsTSV: EmbeddedCorpus.addressPatterns,
                provinceWeightsTSV: EmbeddedCorpus.provinceWeights,
                orderCatalogueTSV: EmbeddedCorpus.orderCatalogue
            )
        } catch {
            fatalError("the embedded corpus does not parse: \(error)")
        }
    }()
}
