import Foundation
import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class OrderGeneratorTests: XCTestCase {
    func testOrderFieldsLookLikeAShopsExport() throws {
        let generator = OrderGenerator()
        let catalogue = Dictionary(uniqueKeysWithValues: ReferenceData.standard.orderCatalogue.items.map { ($0.name, $0) })
        let plantedAt = try Timestamp.parse("2026-11-01T08:00:00+08:00")
        var rng = DeterministicRandom(seed: 12)
        var couriers = Set<Courier>()
        var nightOrders = 0
        for _ in 0..<2_000 {
            let order = generator.generate(using: &rng, around: plantedAt)
            XCTAssertTrue((18...19).contains(order.orderID.count), order.orderID)
            XCTAssertTrue(order.orderID.allSatisfy(\.isNumber) && "1234".contains(order.orderID.first!), order.orderID)
            couriers.insert(try XCTUnwrap(Courier(recognising: order.waybill), order.waybill))
            let item = try XCTUnwrap(catalogue[order.item], order.item)
            let parts = order.amount.split(separator: ".")
            XCTAssertEqual(parts.count, 2, order.amount)
            XCTAssertEqual(parts[1].count, 2, order.amount)
            XCTAssertTrue(item.yuanRange.contains(try XCTUnwrap(Int(parts[0]))), "\(order.item) \(order.amount)")
            XCTAssertLessThanOrEqual(order.orderedAt, plantedAt)
            XCTAssertGreaterThanOrEqual(order.orderedAt, plantedAt - OrderGenerator.maximumAge)
            XCTAssertEqual(order.orderedAt, Timestamp.truncated(order.orderedAt))
            let hour = (Int(order.orderedAt.timeIntervalSince1970) + 8 * 3600) % 86_400 / 3600
            if (1..<7).contains(hour) { nightOrders += 1 }
        }
        XCTAssertEqual(couriers, Set(Courier.allCases))
        // Uniform times would put a quarter of orders between 01:00 and 07:00 Beijing time.
        XCTAssertLessThan(nightOrders, 2_000 / 10)
    }
}
