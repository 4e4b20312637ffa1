import Foundation

/// The order a canary rides on, so an export looks like the entity's real data.
public struct OrderDetails: Codable, Hashable, Sendable {
    public var orderID: String
    public var waybill: String
    public var item: String
    /// Price in yuan, two decimals, kept as text so exports never change its rendering.
    public var amount: String
    public var orderedAt: Date

    public init(orderID: String, waybill: String, item: String, amount: String, orderedAt: Date) {
        self.orderID = orderID
        self.waybill = waybill
        self.item = item
        self.amount = amount
        self.orderedAt = orderedAt
    }
}
