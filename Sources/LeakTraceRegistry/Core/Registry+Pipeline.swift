import GRDB
import LeakTraceCore

extension Registry {
    /// The pipeline the registry was created with: its entities (in playbook order) and flows.
    public func pipeline() throws -> Pipeline {
        try dbQueue.read { db in
            let name = try Meta.get(.pipelineName, in: db) ?? ""
            let entities = try EntityRecord.order(Column("position")).fetchAll(db).map { try $0.entity() }
            let flows = try FlowRecord.order(Column("position")).fetchAll(db).map(\.flow)
            return Pipeline(name: name, entities: entities, flows: flows)
        }
    }
}
