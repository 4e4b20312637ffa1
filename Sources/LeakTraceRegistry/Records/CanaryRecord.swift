import Foundation
import GRDB
import LeakTraceCore

/// A row of the `canary` table.
///
/// `masked_key` is UNIQUE: the database itself refuses two canaries that would look the same on a
/// GB/T 41833 waybill, whatever process planted them. In a sealed registry the row keeps no
/// plaintext: name, phone, address and order are '' and live in `sealed`; `masked_key` and the
/// `*_tag` columns hold HMAC tags (see `CanaryVault`).
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
    var sealed: Data?
    var phoneTag: String?
    var nameTag: String?
    var addressTag: String?

    enum CodingKeys: String, CodingKey {
        case id, sequence, name, phone, address, placement, visibility, burned, sealed
        case plantID = "plant_id", orderJSON = "order_json", phoneOrigin = "phone_origin"
        case plantedAt = "planted_at", maskedKey = "masked_key"
        case phoneTag = "phone_tag", nameTag = "name_tag", addressTag = "address_tag"
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

    /// The sealed form of `init(_:maskedKey:)`.
    init(_ canary: Canary, maskedKey: String, vault: CanaryVault, indexer: CanaryIndexer) throws {
        try self.init(canary, maskedKey: maskedKey)
        try seal(vault: vault, indexer: indexer)
    }

    /// The plaintext fields of an unsealed row.
    var fields: SealedCanaryFields {
        SealedCanaryFields(name: name, phone: phone, address: address, orderJSON: orderJSON)
    }

    /// Moves the plaintext fields into `sealed` and replaces every look-up key by its tag.
    mutating func seal(vault: CanaryVault, indexer: CanaryIndexer) throws {
        sealed = try vault.seal(self.fields.bytes, context: "canary \(id)")
        phoneTag = indexer.tag(phone, field: .phone)
        nameTag = indexer.tag(name, field: .name)
        addressTag = indexer.tag(address, field: .address)
        maskedKey = indexer.tag(maskedKey, field: .maskedKey)
        (name, phone, address, orderJSON) = ("", "", "", "")
    }

    /// The canary, opening its sealed fields with `vault` when the row is sealed.
    func canary(vault: CanaryVault?) throws -> Canary {
        var fields = self.fields
        if let sealed {
            guard let vault else {
                throw LeakTraceError.registry("canary \(id) is sealed; reading it needs the registry key")
            }
            fields = try SealedCanaryFields(bytes: try vault.open(sealed, context: "canary \(id)"))
        }
        return try canary(fields: fields)
    }

    /// The canary with `fields` in place of the row's own (an examiner copy's, once opened).
    func canary(fields: SealedCanaryFields) throws -> Canary {
        guard let origin = PhoneOrigin(rawValue: phoneOrigin) else {
            throw LeakTraceError.registry("canary \(id) has unknown phone origin '\(phoneOrigin)'")
        }
        return Canary(
            id: id, sequence: sequence, person: PersonRecord(name: fields.name, phone: fields.phone, address: fields.address),
            order: try JSONCoding.decoder().decode(OrderDetails.self, from: Data(fields.orderJSON.utf8)),
            phoneOrigin: origin, placement: try Placement(label: placement),
            visibility: Set(visibility.split(separator: ",").map { EntityID(rawValue: String($0)) }),
            plantedAt: try Timestamp.parse(plantedAt), plantID: plantID)
    }

    /// The canary of a plaintext row (a registry written before sealing, or opened without a key).
    func canary() throws -> Canary {
        try canary(vault: nil)
    }
}
