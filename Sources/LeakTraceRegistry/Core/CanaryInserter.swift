import Foundation
import GRDB
import LeakTraceCore

/// Inserts one plant's canaries with one prepared statement, formatting what every canary of the
/// plant shares (planted_at, placement, visibility) once.
///
/// Writes the same columns, in the same text forms, as `CanaryRecord`; it exists because building a
/// date formatter and a JSON encoder per row cost most of a million-canary plant.
///
/// ```swift
/// let inserter = try CanaryInserter(db, plant: plant)
/// try inserter.insert(draft)
/// ```
final class CanaryInserter {
    private let statement: Statement
    private let plantedAt: String
    private let plantedAtDate: Date
    private let timeFormatter: ISO8601DateFormatter
    private let encoder: JSONEncoder
    private let vault: CanaryVault?
    private let indexer: CanaryIndexer?
    private let copies: ExaminerCopyWriter?

    /// The order as `JSONCoding` encodes `OrderDetails`: same keys, its date as `Timestamp` text.
    private struct StoredOrder: Encodable {
        var orderID, waybill, item, amount, orderedAt: String
    }

    init(_ db: Database, plant: Plant, vault: CanaryVault? = nil, indexer: CanaryIndexer? = nil) throws {
        statement = try db.makeStatement(sql: """
            INSERT INTO canary (id, sequence, plant_id, name, phone, address, order_json, phone_origin, placement,
                                visibility, planted_at, masked_key, burned, sealed, phone_tag, name_tag, address_tag)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
            """)
        self.vault = vault
        self.indexer = vault == nil ? nil : try (indexer ?? vault?.indexer())
        copies = try vault.map { try ExaminerCopyWriter(db, vault: $0) }
        plantedAt = Timestamp.format(plant.plantedAt)
        plantedAtDate = plant.plantedAt
        timeFormatter = ISO8601DateFormatter()
        timeFormatter.formatOptions = [.withInternetDateTime]
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    func insert(_ draft: CanaryDraft) throws {
        let canary = draft.canary
        let order = StoredOrder(
            orderID: canary.order.orderID, waybill: canary.order.waybill, item: canary.order.item,
            amount: canary.order.amount, orderedAt: timeFormatter.string(from: canary.order.orderedAt))
        let orderJSON = String(decoding: try encoder.encode(order), as: UTF8.self)
        let plantedAtText = canary.plantedAt == plantedAtDate ? plantedAt : Timestamp.format(canary.plantedAt)
        let visibility = canary.visibility.map(\.rawValue).sorted().joined(separator: ",")
        guard let vault, let indexer else {
            try statement.execute(arguments: [
                canary.id, canary.sequence, canary.plantID, canary.person.name, canary.person.phone, canary.person.address,
                orderJSON, canary.phoneOrigin.rawValue, canary.placement.label, visibility, plantedAtText, draft.maskedKey,
                nil, nil, nil, nil,
            ])
            return
        }
        let person = canary.person
        let fields = SealedCanaryFields(name: person.name, phone: person.phone, address: person.address, orderJSON: orderJSON)
        let sealed = try vault.seal(fields.bytes, context: "canary \(canary.id)")
        try statement.execute(arguments: [
            canary.id, canary.sequence, canary.plantID, "", "", "", "", canary.phoneOrigin.rawValue, canary.placement.label,
            visibility, plantedAtText, indexer.tag(draft.maskedKey, field: .maskedKey),
            sealed, indexer.tag(person.phone, field: .phone), indexer.tag(person.name, field: .name),
            indexer.tag(person.address, field: .address),
        ])
        try copies?.write(sequence: canary.sequence, fields: fields, keys: draft.unlockKeys)
    }
}
