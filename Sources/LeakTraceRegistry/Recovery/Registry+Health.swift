import GRDB
import LeakTraceCore

extension Registry {
    /// Checks the file and the registry's invariants in one read transaction, so the answer
    /// describes one moment even while other processes plant or match.
    ///
    /// ```swift
    /// let health = try registry.health()
    /// health.integrity          // "ok"
    /// health.interrupted.count  // plants recorded whose export was never confirmed
    /// ```
    public func health() throws -> RegistryHealth {
        try dbQueue.read { db in
            // integrity_check returns one row per problem (up to 100), or the single row "ok".
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            let foreignKeyViolations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            let plantCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plant") ?? 0
            let canaryCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canary") ?? 0
            let orphans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canary WHERE plant_id NOT IN (SELECT id FROM plant)") ?? 0
            let miscounted = try Row.fetchAll(db, sql: """
                SELECT p.id, p.count, (SELECT COUNT(*) FROM canary c WHERE c.plant_id = p.id) AS recorded
                FROM plant p WHERE recorded <> p.count ORDER BY p.id
                """).map { row -> String in
                    let id: String = row["id"], count: Int = row["count"], recorded: Int = row["recorded"]
                    return "\(id): \(recorded) of \(count)"
                }
            let interrupted = try PlantRecord.filter(Column("status") == Plant.Status.recorded.rawValue)
                .order(Column("planted_at"), Column("id")).fetchAll(db).map { try $0.plant() }
            return RegistryHealth(
                integrity: integrity, foreignKeyViolations: foreignKeyViolations, plantCount: plantCount, canaryCount: canaryCount,
                orphanCanaries: orphans, miscountedPlants: miscounted, interrupted: interrupted)
        }
    }
}
