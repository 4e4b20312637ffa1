import Foundation
import GRDB
import LeakTraceCore

/// A canary ready to be recorded, with the key that must be unique under waybill masking.
///
/// `viewKeys` are the hashed keys of the other masks (unique too); `nearKeys` file the canary
/// where look-alikes can find it (see `CanaryProbe`).
public struct CanaryDraft: Sendable {
    public var canary: Canary
    public var maskedKey: String
    public var viewKeys: [Int64]
    public var nearKeys: [Int64]
    /// The matcher's blocking keys of this canary (`BlockingKeys.planted`): each gets an examiner copy.
    public var unlockKeys: [String]

    public init(canary: Canary, maskedKey: String, viewKeys: [Int64] = [], nearKeys: [Int64] = [], unlockKeys: [String] = []) {
        self.canary = canary
        self.maskedKey = maskedKey
        self.viewKeys = viewKeys
        self.nearKeys = nearKeys
        self.unlockKeys = unlockKeys
    }
}

extension Registry {
    /// Records a plant and the canaries `make` generates, in one immediate transaction.
    ///
    /// `make` receives the first free sequence number and returns the plant (whose id it derives from
    /// that number) with its canaries. It also receives a uniqueness probe that answers from the
    /// registry's index (never a scan), so two processes planting at once never take the same
    /// numbers nor plant look-alike canaries. The plant is stored with status `.recorded`; the caller
    /// marks it `.exported` once the export file is in place, so an interrupted plant is visible.
    public func recordPlant(
        actor: String,
        make: (_ firstSequence: Int, _ isTaken: (String) throws -> Bool) throws -> (Plant, [CanaryDraft])
    ) throws -> [Canary] {
        var plantID = ""
        let vault = try canaryVault()
        try dbQueue.inTransaction(.immediate) { db in
            let first = (try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM canary") ?? -1) + 1
            let filing = try CanaryProbe(db, vault: vault)
            let (plant, drafts) = try make(first) { key in
                try filing.isTaken(maskedKey: key)
            }
            plantID = plant.id
            try PlantRecord(plant).insert(db)
            let copies = try vault.map { try ExaminerCopyWriter(db, vault: $0) }
            for draft in drafts {
                if let vault, let indexer = filing.indexer {
                    let record = try CanaryRecord(draft.canary, maskedKey: draft.maskedKey)
                    try CanaryRecord(draft.canary, maskedKey: draft.maskedKey, vault: vault, indexer: indexer).insert(db)
                    try copies?.write(sequence: record.sequence, fields: record.fields, keys: draft.unlockKeys)
                } else {
                    try CanaryRecord(draft.canary, maskedKey: draft.maskedKey).insert(db)
                }
                try filing.file(draft)
            }
            try AuditLog.append(
                action: "plant", actor: actor,
                detail: "plant \(plant.id): \(drafts.count) canaries at \(plant.placement.label), planted_at \(Timestamp.format(plant.plantedAt)), phones \(plant.phoneOrigin.rawValue)",
                in: db)
            return .commit
        }
        return try canaries(plantID: plantID)
    }

    /// Records a plant one canary at a time, in one immediate transaction: `draw` receives each
    /// sequence number and a probe that sees every canary recorded before it, this plant's included,
    /// so uniqueness and distance are checked against all of them by index. The plant gets status
    /// `.recorded`; the canaries come back in sequence order.
    public func recordPlant(
        actor: String, count: Int,
        plant makePlant: (_ firstSequence: Int) throws -> Plant,
        canary draw: (_ sequence: Int, _ probe: CanaryProbe) throws -> CanaryDraft
    ) throws -> [Canary] {
        var canaries: [Canary] = []
        canaries.reserveCapacity(count)
        let vault = try canaryVault()
        try dbQueue.inTransaction(.immediate) { db in
            let first = (try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM canary") ?? -1) + 1
            let plant = try makePlant(first)
            try PlantRecord(plant).insert(db)
            let probe = try CanaryProbe(db, vault: vault)
            let inserter = try CanaryInserter(db, plant: plant, vault: vault, indexer: probe.indexer)
            for sequence in first..<(first + count) {
                let draft = try draw(sequence, probe)
                try inserter.insert(draft)
                try probe.file(draft)
                canaries.append(draft.canary)
            }
            try AuditLog.append(
                action: "plant", actor: actor,
                detail: "plant \(plant.id): \(count) canaries at \(plant.placement.label), planted_at \(Timestamp.format(plant.plantedAt)), phones \(plant.phoneOrigin.rawValue)",
                in: db)
            return .commit
        }
        return canaries
    }

    /// Marks a plant's export as written, with the export's hash, so the registry and the file agree.
    public func markExported(plantID: String, path: String, sha256: String, actor: String) throws {
        try dbQueue.write { db in
            try db.execute(sql: "UPDATE plant SET status = ?, export_path = ?, export_sha256 = ? WHERE id = ?",
                           arguments: [Plant.Status.exported.rawValue, path, sha256, plantID])
            guard db.changesCount == 1 else { throw LeakTraceError.registry("no plant \(plantID)") }
            try AuditLog.append(action: "export", actor: actor, detail: "plant \(plantID) exported to \(path) sha256 \(sha256)", in: db)
        }
    }

    public func plants() throws -> [Plant] {
        try dbQueue.read { db in
            try PlantRecord.order(Column("planted_at"), Column("id")).fetchAll(db).map { try $0.plant() }
        }
    }

    public func canaries(plantID: String) throws -> [Canary] {
        let vault = try canaryVault()
        return try dbQueue.read { db in
            try CanaryRecord.filter(Column("plant_id") == plantID).order(Column("sequence")).fetchAll(db).map { try $0.canary(vault: vault) }
        }
    }

    /// Every canary, in sequence order.
    public func canaries() throws -> [Canary] {
        let vault = try canaryVault()
        return try dbQueue.read { db in
            try CanaryRecord.order(Column("sequence")).fetchAll(db).map { try $0.canary(vault: vault) }
        }
    }

    public func canaryCount() throws -> Int {
        try dbQueue.read { db in try CanaryRecord.fetchCount(db) }
    }

    /// Marks canaries disclosed in a report as burned: they are known to the defence now.
    public func burn(canaryIDs: [String], actor: String, reason: String) throws {
        guard !canaryIDs.isEmpty else { return }
        try dbQueue.write { db in
            for id in canaryIDs {
                try db.execute(sql: "UPDATE canary SET burned = 1 WHERE id = ?", arguments: [id])
            }
            try AuditLog.append(action: "burn", actor: actor, detail: "\(canaryIDs.count) canaries burned: \(reason)", in: db)
        }
    }

    public func burnedCanaryIDs() throws -> [String] {
        try dbQueue.read { db in try String.fetchAll(db, sql: "SELECT id FROM canary WHERE burned = 1 ORDER BY sequence") }
    }
}
