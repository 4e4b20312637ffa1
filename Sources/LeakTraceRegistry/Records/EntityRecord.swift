import GRDB
import LeakTraceCore

/// A row of the `entity` table.
struct EntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entity"
    var id: String
    var kind: String
    var name: String
    var position: Int

    init(_ entity: Entity, position: Int) {
        id = entity.id.rawValue
        kind = entity.kind.rawValue
        name = entity.name
        self.position = position
    }

    func entity() throws -> Entity {
        guard let kind = EntityKind(rawValue: kind) else {
            throw LeakTraceError.registry("entity \(id) has unknown kind '\(kind)'")
        }
        return Entity(id: EntityID(rawValue: id), kind: kind, name: name)
    }
}
