import Foundation
import LeakTraceCore

/// The file a plant hands to an entity: its canaries as ordinary orders, nothing marking them.
///
/// Columns: `name,phone,address` first (the contract), then the order's fields as a merchant's or
/// courier's export would carry them.
public enum CanaryExport {
    public static let header = ["name", "phone", "address", "order_id", "waybill", "item", "amount", "order_time"]

    public static func csv(_ canaries: [Canary]) -> CSVWriter {
        var writer = CSVWriter(header: header)
        for canary in canaries {
            writer.append([
                canary.person.name, canary.person.phone, canary.person.address,
                canary.order.orderID, canary.order.waybill, canary.order.item, canary.order.amount,
                ChinaTime.format(canary.order.orderedAt),
            ])
        }
        return writer
    }
}
