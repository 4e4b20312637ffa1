import GRDB
import LeakTraceCore

extension Registry {
    /// Deletes interrupted plants (status `recorded`) with their canaries and index keys, in one
    /// immediate transaction that also appends a `rollback` audit entry; returns how many canaries
    /// went. Refuses an exported plant, and a plant whose canaries a stored case already cites.
    ///
    /// ```swift
    /// let gone = try registry.rollBack(plantIDs: ["p000200"], actor: "sec-team", reason: "plant killed before its export")
    /// ```
    /// A plant's canaries were committed with it and nothing else refers to them until a case does,
    /// so deleting them restores the registry to what it was before that plant. The caller removes
    /// any export file first: a crash in between then leaves an interrupted plant, never an export
    /// whose canaries are not recorded.
    @discardableResult
    public func rollBack(plantIDs: [String], actor: String, reason: String) throws -> Int {
        guard !plantIDs.isEmpty else { return 0 }
        var removed = 0
        try dbQueue.inTransaction(.immediate) { db in
            var details: [String] = []
            for id in plantIDs {
                guard let record = try PlantRecord.fetchOne(db, key: id) else {
                    throw LeakTraceError.registry("no plant \(id) to roll back")
                }
                guard record.status == Plant.Status.recorded.rawValue else {
                    throw LeakTraceError.registry("plant \(id) was exported; only an interrupted plant (status recorded) is rolled back")
                }
                if let caseName = try String.fetchOne(db, sql: """
                    SELECT h.case_name FROM hit h JOIN canary c ON c.id = h.canary_id WHERE c.plant_id = ? LIMIT 1
                    """, arguments: [id]) {
                    throw LeakTraceError.registry("plant \(id) has canaries cited by case '\(caseName)'; it cannot be rolled back")
                }
                let sequences = "SELECT sequence FROM canary WHERE plant_id = ?"
                try db.execute(sql: "DELETE FROM canary_view_key WHERE sequence IN (\(sequences))", arguments: [id])
                try db.execute(sql: "DELETE FROM canary_near_key WHERE sequence IN (\(sequences))", arguments: [id])
                try db.execute(sql: "DELETE FROM canary_unlock WHERE sequence IN (\(sequences))", arguments: [id])
                try db.execute(sql: "DELETE FROM canary WHERE plant_id = ?", arguments: [id])
                let canaries = db.changesCount
                try db.execute(sql: "DELETE FROM plant WHERE id = ?", arguments: [id])
                removed += canaries
                details.append("\(id) (\(canaries) canaries at \(record.placement), planted_at \(record.plantedAt))")
            }
            try AuditLog.append(
                action: "rollback", actor: actor,
                detail: "rolled back \(plantIDs.count) interrupted plants: \(details.joined(separator: "; ")): \(reason)", in: db)
            return .commit
        }
        return removed
    }
}
