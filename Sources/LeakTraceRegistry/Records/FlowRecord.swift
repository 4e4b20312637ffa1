import GRDB
import LeakTraceCore

/// A row of the `flow` table.
struct FlowRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "flow"
    var fromID: String
    var toID: String
    var copy: Bool
    /// Playbook order, so the pipeline reads back exactly as it was written.
    var position: Int

    enum CodingKeys: String, CodingKey {
        case fromID = "from_id", toID = "to_id", copy, position
    }

    init(_ flow: Flow, position: Int) {
        fromID = flow.from.rawValue
        toID = flow.to.rawValue
        copy = flow.copy
        self.position = position
    }

    var flow: Flow { Flow(from: EntityID(rawValue: fromID), to: EntityID(rawValue: toID), copy: copy) }
}
