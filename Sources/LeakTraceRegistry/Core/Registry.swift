import Foundation
import GRDB
import LeakTraceCore

/// The registry: a SQLite file that records what was planted where and when, the cases matched
/// against it, and an append-only, hash-chained audit log of every change.
///
/// ```swift
/// let registry = try Registry.create(at: "case.db", pipeline: pipeline)
/// let plants = try registry.plants()
/// ```
///
/// Every write runs in one transaction, so an interrupted command leaves the file as it was before
/// that command, never half-written. WAL mode and a busy timeout let two investigators' processes
/// share one registry.
public final class Registry: Sendable {
    public let path: String
    let dbQueue: DatabaseQueue
    /// The keys canaries are sealed under; nil when the registry was opened without its key.
    let vault: CanaryVault?
    /// Whether this registry's canaries are sealed (then reading or planting one needs `vault`).
    public let sealsCanaries: Bool
    /// Seconds a write waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 15 * 60

    private init(path: String, dbQueue: DatabaseQueue, vault: CanaryVault?, sealsCanaries: Bool) {
        self.path = path
        self.dbQueue = dbQueue
        self.vault = vault
        self.sealsCanaries = sealsCanaries
    }

    /// Creates a new registry file (mode 0600) and defines its pipeline. Refuses to overwrite.
    ///
    /// Canaries of a registry created this way are stored in plaintext; LeakTrace itself always
    /// creates registries with `create(at:pipeline:registryID:publicKeyHex:createdAt:vault:)`.
    public static func create(at path: String, pipeline: Pipeline, registryID: String, publicKeyHex: String, createdAt: Date) throws -> Registry {
        try create(at: path, pipeline: pipeline, registryID: registryID, publicKeyHex: publicKeyHex, createdAt: createdAt, sealingWith: nil)
    }

    /// Creates a new registry (mode 0600) whose canaries are sealed under `vault` from the first one.
    public static func create(
        at path: String, pipeline: Pipeline, registryID: String, publicKeyHex: String, createdAt: Date, vault: CanaryVault
    ) throws -> Registry {
        try create(at: path, pipeline: pipeline, registryID: registryID, publicKeyHex: publicKeyHex, createdAt: createdAt, sealingWith: vault)
    }

    private static func create(
        at path: String, pipeline: Pipeline, registryID: String, publicKeyHex: String, createdAt: Date, sealingWith vault: CanaryVault?
    ) throws -> Registry {
        try pipeline.validate()
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("\(path) already exists; a registry is never overwritten")
        }
        // SQLite gives the -wal and -shm files the database file's mode, so creating it 0600 first
        // keeps canaries out of other users' reach from the start.
        guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot create \(path)")
        }
        do {
            let registry = try Registry(path: path, dbQueue: openQueue(path), vault: vault, sealsCanaries: vault != nil)
            try registry.dbQueue.write { db in
                try Meta.set(.registryID, registryID, in: db)
                try Meta.set(.publicKey, publicKeyHex, in: db)
                try Meta.set(.createdAt, Timestamp.format(createdAt), in: db)
                try Meta.set(.pipelineName, pipeline.name, in: db)
                if let vault {
                    try Meta.set(.canaryVaultCheck, vault.checkValue, in: db)
                    try Meta.set(.examinerVaultCheck, vault.examinerCheckValue, in: db)
                    try Meta.set(.examinerCopiesComplete, "1", in: db)
                }
                for (position, entity) in pipeline.entities.enumerated() {
                    try EntityRecord(entity, position: position).insert(db)
                }
                for (position, flow) in pipeline.flows.enumerated() {
                    try FlowRecord(flow, position: position).insert(db)
                }
            }
            return registry
        } catch {
            try? fm.removeItem(atPath: path)
            throw error
        }
    }

    /// Opens an existing registry without its key, migrating its schema forward if it is older
    /// than this tool. Everything but canary plaintext is readable (plants, counts, cases, the
    /// audit log); reading or planting a sealed canary throws.
    public static func open(at path: String) throws -> Registry {
        try requireExists(at: path)
        let queue = try openQueue(path)
        let sealed = try queue.read { db in try Meta.get(.canaryVaultCheck, in: db) != nil }
        return Registry(path: path, dbQueue: queue, vault: nil, sealsCanaries: sealed)
    }

    /// Opens an existing registry with the keys its canaries are sealed under. A registry written
    /// before sealing existed has its plaintext canaries sealed now, in one transaction, and the
    /// file compacted so that no plaintext survives in free pages.
    public static func open(at path: String, vault: CanaryVault) throws -> Registry {
        try open(at: path).unlocked(with: vault)
    }

    /// This registry, on the same connection, able to read and plant sealed canaries: lets a
    /// caller check which registry it opened (its id, its public key) before handing it a key.
    public func unlocked(with vault: CanaryVault) throws -> Registry {
        guard vault.isPlanter else { return try unlockedForExaminer(vault) }
        let check = try dbQueue.read { db in try Meta.get(.canaryVaultCheck, in: db) }
        if let check {
            guard check == vault.checkValue else {
                throw LeakTraceError.registry("\(path): this key does not open the registry's sealed canaries")
            }
        } else {
            try Self.sealPlaintextCanaries(dbQueue, vault: vault)
        }
        // Read first: a write would wait for another process's plant even when there is nothing to write.
        if try dbQueue.read({ db in try Meta.get(.examinerVaultCheck, in: db) }) == nil {
            try dbQueue.write { db in
                if try Meta.get(.examinerVaultCheck, in: db) == nil {
                    try Meta.set(.examinerVaultCheck, vault.examinerCheckValue, in: db)
                }
            }
        }
        return Registry(path: path, dbQueue: dbQueue, vault: vault, sealsCanaries: true)
    }

    /// An examiner's key is checked against its own check value: the planter's is of keys it lacks.
    private func unlockedForExaminer(_ vault: CanaryVault) throws -> Registry {
        let (check, complete) = try dbQueue.read { db in
            (try Meta.get(.examinerVaultCheck, in: db), try Meta.get(.examinerCopiesComplete, in: db))
        }
        guard let check, complete == "1" else {
            throw LeakTraceError.registry("\(path) has no examiner copies yet: the planter must open it once with this version of LeakTrace")
        }
        guard check == vault.examinerCheckValue else {
            throw LeakTraceError.registry("\(path): this examiner key does not belong to this registry")
        }
        return Registry(path: path, dbQueue: dbQueue, vault: vault, sealsCanaries: true)
    }

    private static func requireExists(at path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LeakTraceError.registry("no registry at \(path) (create one with `leaktrace init --playbook FILE.yaml`, or set --registry / LEAKTRACE_REGISTRY)")
        }
    }

    private static func openQueue(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.journalMode = .wal
        // A plant holds the write lock for its whole transaction (minutes for a million canaries), so
        // another investigator's plant or match waits that long rather than failing at 30 s.
        config.busyMode = .timeout(Self.busyTimeout)
        config.label = "LeakTraceRegistry"
        // Deleted rows (a rolled-back plant, a re-matched case, plaintext replaced by sealing) are
        // overwritten with zeros rather than left readable in free pages.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try RegistryMigrator.migrator.migrate(queue)
            return queue
        } catch let error as DatabaseError {
            throw LeakTraceError.registry("\(path): \(error.message ?? error.description)")
        }
    }

    /// The vault when canaries are sealed, nil when they are plaintext; throws when they are
    /// sealed and this registry was opened without its key.
    func canaryVault() throws -> CanaryVault? {
        guard sealsCanaries else { return nil }
        guard let vault else {
            throw LeakTraceError.registry("\(path) keeps its canaries sealed; this needs the registry key")
        }
        return vault
    }

    /// The registry's identity: its id and the public half of its signing key.
    public func identity() throws -> (id: String, publicKeyHex: String, createdAt: String) {
        try dbQueue.read { db in
            (try Meta.get(.registryID, in: db) ?? "", try Meta.get(.publicKey, in: db) ?? "", try Meta.get(.createdAt, in: db) ?? "")
        }
    }

    /// SQLite's own consistency check; `ok` when the file is sound.
    public func integrityCheck() throws -> String {
        try dbQueue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}
