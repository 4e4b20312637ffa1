/// One line of the hand-written `Corpus/order_catalogue.tsv`: an everyday item and its price band.
///
/// ```swift
/// let item = ReferenceData.standard.orderCatalogue.draw(using: &rng)
/// item.name          // "保温杯500ml"
/// item.yuanRange     // 39...129
/// ```
public struct CatalogueItem: Hashable, Sendable {
    public let name: String
    /// Whole yuan, inclusive; the generator adds typical cents (.00, .90, .99...).
    public let yuanRange: ClosedRange<Int>

    public init(name: String, yuanRange: ClosedRange<Int>) {
        self.name = name
        self.yuanRange = yuanRange
    }
}
