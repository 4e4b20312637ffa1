import Foundation
import LeakTraceCore
import LeakTraceCorpus

/// Generates the order a canary rides on: a Taobao-style order number, a waybill in a real
/// courier's format, an everyday item with a believable price, and an order time shortly before
/// the plant, at an hour people shop.
///
/// ```swift
/// var rng = DeterministicRandom(seed: 8)
/// let order = OrderGenerator().generate(using: &rng, around: plantedAt)
/// order.orderID    // "3217804561923847105" (19 digits)
/// order.waybill    // "YT7401283749123"
/// order.amount     // "59.90"
/// ```
public struct OrderGenerator: Sendable {
    /// How far before the plant the order may have been placed.
    public static let maximumAge: TimeInterval = 4 * 86_400

    private let catalogue: WeightedTable<CatalogueItem>

    public init(reference: ReferenceData = .standard) {
        catalogue = reference.orderCatalogue
    }

    public func generate(using rng: inout DeterministicRandom, around date: Date) -> OrderDetails {
        let item = catalogue.draw(using: &rng)
        return OrderDetails(
            orderID: orderID(using: &rng),
            waybill: Courier.shares.draw(using: &rng).waybill(using: &rng),
            item: item.name,
            amount: amount(in: item.yuanRange, using: &rng),
            orderedAt: orderedAt(before: date, using: &rng))
    }

    /// Taobao/Tmall order numbers are 18 or 19 digits and, in recent years, start with 1–4.
    private func orderID(using rng: inout DeterministicRandom) -> String {
        let length = rng.chance(0.8) ? 19 : 18
        var digits = [UInt8(0x30 + rng.uniform(in: 1...4))]
        for _ in 1..<length { digits.append(0x30 + UInt8(rng.uniform(10))) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Shop prices end in a few customary ways (.00, .90, .99, .80, .50).
    private func amount(in yuan: ClosedRange<Int>, using rng: inout DeterministicRandom) -> String {
        let cents = Self.cents.draw(using: &rng)
        return "\(rng.uniform(in: yuan)).\(cents)"
    }

    private static let cents = WeightedTable([("00", 30.0), ("90", 30), ("99", 15), ("80", 10), ("50", 10), ("88", 5)])

    /// Whole seconds, never after `date`; night hours in China (01:00–07:00) are mostly redrawn,
    /// because few orders are placed then.
    private func orderedAt(before date: Date, using rng: inout DeterministicRandom) -> Date {
        let end = date.timeIntervalSince1970.rounded(.down)
        var candidate = end
        for _ in 0..<4 {
            candidate = end - Double(rng.uniform(in: 600...Int(Self.maximumAge)))
            let beijing = candidate + 8 * 3600
            let beijingHour = Int((beijing - (beijing / 86_400).rounded(.down) * 86_400) / 3600)
            if !(1..<7).contains(beijingHour) || rng.chance(0.15) { break }
        }
        return Date(timeIntervalSince1970: candidate)
    }
}
