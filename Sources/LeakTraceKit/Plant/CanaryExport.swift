import Foundation
import LeakTraceCore
import LeakTraceGeneration

/// The file a plant hands to an entity: its canaries as ordinary orders, nothing marking them, and
/// never anything derived from the registry's secret.
///
/// - `csv`: `name,phone,address` first (the contract), then the order's fields.
/// - `json`: the same fields, one object per order.
/// - `waybill`: 运单号, 收件人, 电话, 地址, 寄件人, 内件, as an electronic waybill carries them.
///
/// `masked` prints what a GB/T 41833-2022 waybill shows: the name's second character, six phone
/// digits (first 3 and last 2 shown) and the unit and room (`**`) are hidden. Every CSV cell goes
/// through `CSVWriter`, which neutralises cells a spreadsheet would run as formulas.
///
/// ```swift
/// let data = try CanaryExport.render(canaries, format: .waybill, masked: true, pipeline: pipeline)
/// ```
public enum CanaryExport {
    public static let header = ["name", "phone", "address", "order_id", "waybill", "item", "amount", "order_time"]
    public static let waybillHeader = ["运单号", "收件人", "电话", "地址", "寄件人", "内件"]

    public static func render(_ canaries: [Canary], format: ExportFormat, masked: Bool, pipeline: Pipeline) throws -> Data {
        switch format {
        case .csv: Data(csv(canaries, masked: masked).text.utf8)
        case .json: try json(canaries, masked: masked)
        case .waybill: Data(waybills(canaries, masked: masked, pipeline: pipeline).text.utf8)
        }
    }

    public static func csv(_ canaries: [Canary], masked: Bool = false) -> CSVWriter {
        var writer = CSVWriter(header: header)
        let time = orderTimeFormatter()
        for canary in canaries {
            let person = shown(canary.person, masked: masked)
            writer.append([
                person.name, person.phone, person.address,
                canary.order.orderID, canary.order.waybill, canary.order.item, canary.order.amount,
                time.string(from: canary.order.orderedAt),
            ])
        }
        return writer
    }

    public static func waybills(_ canaries: [Canary], masked: Bool, pipeline: Pipeline) -> CSVWriter {
        var writer = CSVWriter(header: waybillHeader)
        for canary in canaries {
            let person = shown(canary.person, masked: masked)
            writer.append([
                canary.order.waybill, person.name, person.phone, person.address,
                WaybillSender.name(for: canary, pipeline: pipeline), canary.order.item,
            ])
        }
        return writer
    }

    /// One object per order, keys in a fixed order, so the same canaries give the same bytes.
    public static func json(_ canaries: [Canary], masked: Bool) throws -> Data {
        let time = orderTimeFormatter()
        let rows = canaries.map { canary in
            let person = shown(canary.person, masked: masked)
            return Row(
                name: person.name, phone: person.phone, address: person.address, order_id: canary.order.orderID,
                waybill: canary.order.waybill, item: canary.order.item, amount: canary.order.amount,
                order_time: time.string(from: canary.order.orderedAt))
        }
        var data = try JSONCoding.encoder(pretty: true).encode(rows)
        data.append(0x0A)
        return data
    }

    /// The person as the export prints it: whole, or masked as GB/T 41833-2022 requires.
    public static func shown(_ person: PersonRecord, masked: Bool) -> PersonRecord {
        guard masked else { return person }
        let view = MaskView.gbt41833
        let address = MaskView.address(person.address)
        return PersonRecord(
            name: view.name(person.name), phone: view.phone(person.phone) ?? person.phone,
            address: address == person.address ? address : address + "**")
    }

    /// `ChinaTime`'s format (2026-11-01 14:03:27, Beijing time), one formatter per export: building a
    /// formatter per row cost more than drawing the canary.
    private static func orderTimeFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }

    private struct Row: Encodable {
        var name, phone, address, order_id, waybill, item, amount, order_time: String
    }
}
