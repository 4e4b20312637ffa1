import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// The canaries that some blocking key in `keys` leads to, opened from their examiner copies,
    /// in sequence order. What an examiner's match works on: a canary no seized record points at
    /// stays sealed.
    ///
    /// ```swift
    /// let keys = BlockingKeys.seized(record)                  // ["p:13800138000"]
    /// let canaries = try registry.unlockedCanaries(keys: Set(keys))
    /// ```
    public func unlockedCanaries(keys: Set<String>) throws -> [Canary] {
        guard let vault = try canaryVault() else {
            throw LeakTraceError.registry("\(path) keeps its canaries in plaintext; examiner copies need a sealed registry")
        }
        return try dbQueue.read { db in
            let find = try db.makeStatement(sql: "SELECT sequence, sealed FROM canary_unlock WHERE tag = ? ORDER BY sequence")
            var opened: [Int: SealedCanaryFields] = [:]
            for key in keys.sorted() {
                let rows = try Row.fetchCursor(find, arguments: [vault.unlockTag(key)])
                while let row = try rows.next() {
                    let sequence: Int = row[0]
                    guard opened[sequence] == nil else { continue }
                    guard let fields = vault.openCopy(row[1], key: key, sequence: sequence) else {
                        throw LeakTraceError.registry("\(path): the examiner copy of canary #\(sequence) does not open (the row was altered or moved)")
                    }
                    opened[sequence] = fields
                }
            }
            return try opened.keys.sorted().map { sequence in
                guard let record = try CanaryRecord.filter(Column("sequence") == sequence).fetchOne(db) else {
                    throw LeakTraceError.registry("\(path): an examiner copy names canary #\(sequence), which is not in the registry")
                }
                return try record.canary(fields: opened[sequence]!)
            }
        }
    }

    /// Every canary's placement facts, which are not secret and need no key: what attribution
    /// weighs the found canaries against.
    public func plantedCanaries() throws -> [PlantedCanary] {
        // A plant gives all its canaries one placement, visibility and time: each distinct text is
        // parsed once, which matters at a million canaries.
        var placements: [String: Placement] = [:]
        var visibilities: [String: Set<EntityID>] = [:]
        var times: [String: Date] = [:]
        return try dbQueue.read { db in
            var out: [PlantedCanary] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, placement, visibility, planted_at FROM canary ORDER BY sequence")
            while let row = try cursor.next() {
                let placement: String = row[1], visibility: String = row[2], plantedAt: String = row[3]
                if placements[placement] == nil { placements[placement] = try Placement(label: placement) }
                if visibilities[visibility] == nil {
                    visibilities[visibility] = Set(visibility.split(separator: ",").map { EntityID(rawValue: String($0)) })
                }
                if times[plantedAt] == nil { times[plantedAt] = try Timestamp.parse(plantedAt) }
                out.append(PlantedCanary(id: row[0], placement: placements[placement]!, visibility: visibilities[visibility]!, plantedAt: times[plantedAt]!))
            }
            return out
        }
    }

    /// Whether every canary has its examiner copies (registries older than roles get them once,
    /// from the planter: `addExaminerCopies`).
    public func hasExaminerCopies() throws -> Bool {
        try dbQueue.read { db in try Meta.get(.examinerCopiesComplete, in: db) == "1" }
    }

    /// Writes the examiner copies of every canary that lacks them, in one transaction, then marks
    /// the registry complete. `keys` gives a canary's blocking keys (the matcher's, which the
    /// registry does not know). Needs the planter's key.
    public func addExaminerCopies(keys: (Canary) -> [String]) throws {
        guard let vault = try canaryVault(), vault.isPlanter else {
            throw LeakTraceError.registry("writing examiner copies needs the planter's key")
        }
        try dbQueue.inTransaction(.immediate) { db in
            if try Meta.get(.examinerCopiesComplete, in: db) == "1" { return .commit }
            let writer = try ExaminerCopyWriter(db, vault: vault)
            let records = try CanaryRecord
                .filter(sql: "sequence NOT IN (SELECT sequence FROM canary_unlock)").order(Column("sequence")).fetchAll(db)
            for record in records {
                let fields = try record.sealed.map { try SealedCanaryFields(bytes: vault.open($0, context: "canary \(record.id)")) }
                    ?? record.fields
                let canary = try record.canary(fields: fields)
                try writer.write(sequence: record.sequence, fields: fields, keys: keys(canary))
            }
            try Meta.set(.examinerCopiesComplete, "1", in: db)
            if !records.isEmpty {
                try AuditLog.append(action: "examiner-copies", actor: "leaktrace",
                                    detail: "\(records.count) canaries given examiner copies", in: db)
            }
            return .commit
        }
    }
}
