/// Draws items with fixed weights by binary search over cumulative weights.
///
/// ```swift
/// let surnames = WeightedTable([("王", 7.25), ("李", 7.19), ("张", 6.83)])
/// var rng = DeterministicRandom(seed: 1)
/// surnames.draw(using: &rng)
/// ```
public struct WeightedTable<Item: Sendable>: Sendable {
    public let items: [Item]
    private let cumulative: [Double]

    public init(_ weighted: [(Item, Double)]) {
        precondition(!weighted.isEmpty, "a weighted table needs at least one item")
        items = weighted.map(\.0)
        var running = 0.0
        cumulative = weighted.map { running += max(0, $0.1); return running }
        precondition(running > 0, "a weighted table needs a positive total weight")
    }

    public var totalWeight: Double { cumulative.last ?? 0 }

    public func draw(using rng: inout DeterministicRandom) -> Item {
        let target = rng.unit() * totalWeight
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }

    /// The share of the total weight carried by item `index`.
    public func share(at index: Int) -> Double {
        let previous = index == 0 ? 0 : cumulative[index - 1]
        return (cumulative[index] - previous) / totalWeight
    }
}
