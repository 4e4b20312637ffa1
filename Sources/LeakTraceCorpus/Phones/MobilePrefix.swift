/// One row of `Corpus/mobile_prefixes.tsv`: a prefix libphonenumber accepts in full, its estimated
/// share of live numbers, and its kind.
///
/// ```swift
/// let all = ReferenceData.standard.allMobilePrefixes
/// all.first { $0.prefix == "147" }?.kind   // .data
/// ```
public struct MobilePrefix: Hashable, Sendable {
    /// Three to five digits; every number that starts with it and has eleven digits is valid.
    public let prefix: String
    /// Relative share (arbitrary units, see Corpus/SOURCES.md).
    public let weight: Double
    public let kind: MobilePrefixKind

    public init(prefix: String, weight: Double, kind: MobilePrefixKind) {
        self.prefix = prefix
        self.weight = weight
        self.kind = kind
    }
}
