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
    /// Seconds a write waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 15 * 60

    private init(path: String, dbQueue: DatabaseQueue) {
        self.path = path
        self.dbQueue = dbQueue
    }

    /// Creates a new registry file (mode 0600) and defines its pipeline. Refuses to overwrite.
    public static func create(at path: String, pipeline: Pipeline, registryID: String, publicKeyHex: String, createdAt: Date) throws -> Registry {
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
            let registry = try Registry(path: path, dbQueue: openQueue(path))
            try registry.dbQueue.write { db in
                try Meta.set(.registryID, registryID, in: db)
                try Meta.set(.publicKey, publicKeyHex, in: db)
                try Meta.set(.createdAt, Timestamp.format(createdAt), in: db)
                try Meta.set(.pipelineName, pipeline.name, in: db)
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

    /// Opens an existing registry, migrating its schema forward if it is older than this tool.
    public static func open(at path: String) throws -> Registry {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LeakTraceError.registry("no registry at \(path) (create one with `leaktrace init --playbook FILE.yaml`, or set --registry / LEAKTRACE_REGISTRY)")
        }
        return try Registry(path: path, dbQueue: openQueue(path))
    }

    private static func openQueue(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.journalMode = .wal
        // A plant holds the write lock for its whole transaction (minutes for a million canaries), so
        // another investigator's plant or match waits that long rather than failing at 30 s.
        config.busyMode = .timeout(Self.busyTimeout)
        config.label = "LeakTraceRegistry"
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try RegistryMigrator.migrator.migrate(queue)
            return queue
        } catch let error as DatabaseError {
            throw LeakTraceError.registry("\(path): \(error.message ?? error.description)")
        }
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
