import Foundation
import GRDB
import LeakTraceCore

/// A row of the `canary` table.
///
/// `masked_key` is UNIQUE: the database itself refuses two canaries that would look the same on a
/// GB/T 41833 waybill, whatever process planted them.
struct CanaryRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "canary"
    var id: String
    var sequence: Int
    var plantID: String
    var name: String
    var phone: String
    var address: String
    var orderJSON: String
    var phoneOrigin: String
    var placement: String
    var visibility: String
    var plantedAt: String
    var maskedKey: String
    var burned: Bool

    enum CodingKeys: String, CodingKey {
        case id, sequence, name, phone, address, placement, visibility, burned
        case plantID = "plant_id", orderJSON = "order_json", phoneOrigin = "phone_origin"
        case plantedAt = "planted_at", maskedKey = "masked_key"
    }

    init(_ canary: Canary, maskedKey: String) throws {
        id = canary.id
        sequence = canary.sequence
        plantID = canary.plantID
        name = canary.person.name
        phone = canary.person.phone
        address = canary.person.address
        orderJSON = String(decoding: try JSONCoding.encoder(pretty: false).encode(canary.order), as: UTF8.self)
        phoneOrigin = canary.phoneOrigin.rawValue
        placement = canary.placement.label
        visibility = canary.visibility.map(\.rawValue).sorted().joined(separator: ",")
        plantedAt = Timestamp.format(canary.plantedAt)
        self.maskedKey = maskedKey
        burned = false
    }

    func canary() throws -> Canary {
        guard let origin = PhoneOrigin(rawValue: phoneOrigin) else {
            throw LeakTraceError.registry("canary \(id) has unknown phone origin '\(phoneOrigin)'")
        }
        return Canary(
            id: id, sequence: sequence, person: PersonRecord(name: name, phone: phone, address: address),
            order: try JSONCoding.decoder().decode(OrderDetails.self, from: Data(orderJSON.utf8)),
            phoneOrigin: origin, placement: try Placement(label: placement),
            visibility: Set(visibility.split(separator: ",").map { EntityID(rawValue: String($0)) }),
            plantedAt: try Timestamp.parse(plantedAt), plantID: plantID)
    }
}
