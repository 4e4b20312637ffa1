import GRDB
import LeakTraceCore

/// A row of the `plant` table. Times are ISO 8601 text so the file reads the same in any SQLite tool.
struct PlantRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plant"
    var id: String
    var placement: String
    var plantedAt: String
    var recordedAt: String
    var count: Int
    var phoneOrigin: String
    var `operator`: String
    var status: String
    var exportPath: String?
    var exportSHA256: String?

    enum CodingKeys: String, CodingKey {
        case id, placement, count, status, `operator`
        case plantedAt = "planted_at", recordedAt = "recorded_at", phoneOrigin = "phone_origin"
        case exportPath = "export_path", exportSHA256 = "export_sha256"
    }

    init(_ plant: Plant) {
        id = plant.id
        placement = plant.placement.label
        plantedAt = Timestamp.format(plant.plantedAt)
        recordedAt = Timestamp.format(plant.recordedAt)
        count = plant.count
        phoneOrigin = plant.phoneOrigin.rawValue
        self.operator = plant.operatorName
        status = plant.status.rawValue
        exportPath = plant.exportPath
        exportSHA256 = plant.exportSHA256
    }

    func plant() throws -> Plant {
        guard let origin = PhoneOrigin(rawValue: phoneOrigin), let status = Plant.Status(rawValue: status) else {
            throw LeakTraceError.registry("plant \(id) has an unreadable origin or status")
        }
        return Plant(
            id: id, placement: try Placement(label: placement), plantedAt: try Timestamp.parse(plantedAt),
            recordedAt: try Timestamp.parse(recordedAt), count: count, phoneOrigin: origin, operatorName: self.operator,
            status: status, exportPath: exportPath, exportSHA256: exportSHA256)
    }
}
