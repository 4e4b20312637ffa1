import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// Copies the registry to a new file at `path` with SQLite's online backup API: one read
    /// transaction's snapshot, so planting and matching in other processes go on meanwhile and the
    /// copy shows the registry as it was at one moment, never half a plant.
    ///
    /// ```swift
    /// try registry.backup(to: "/media/usb/case.db.backup")
    /// ```
    /// The copy is a single self-contained file (rollback journal, not WAL), mode 0600, checked
    /// with `PRAGMA integrity_check` before it takes its name. The key file is not in it.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LeakTraceError.registry("\(path) already exists; a backup is never overwritten")
        }
        let partial = try DurableFile.createPartial(for: path)
        do {
            try Self.copyDatabase(from: dbQueue, to: partial, journalMode: "DELETE")
            try DurableFile.publish(partial, as: path)
        } catch {
            DurableFile.discard(partial)
            throw Self.oneLine(error, path: path)
        }
    }

    /// Restores a backup into a new registry file at `path` (mode 0600), again with the backup
    /// API, and opens it. Refuses a file that is not a LeakTrace registry or fails
    /// `PRAGMA integrity_check`, and never overwrites an existing registry.
    ///
    /// ```swift
    /// let registry = try Registry.restore(from: "case.db.backup", to: "restored.db")
    /// try registry.verifyAuditLog()   // [] when the chain holds
    /// ```
    public static func restore(from backupPath: String, to path: String) throws -> Registry {
        guard FileManager.default.fileExists(atPath: backupPath) else {
            throw LeakTraceError.registry("no backup at \(backupPath)")
        }
        for name in [path, path + "-wal"] where FileManager.default.fileExists(atPath: name) {
            throw LeakTraceError.registry("\(name) already exists; a registry is never overwritten by a restore")
        }
        var configuration = Configuration()
        configuration.readonly = true
        let source: DatabaseQueue
        do {
            source = try DatabaseQueue(path: backupPath, configuration: configuration)
            let registryID = try source.read { db in
                try db.tableExists("registry_meta") ? try Meta.get(.registryID, in: db) : nil
            }
            guard registryID != nil else {
                throw LeakTraceError.registry("\(backupPath) is not a LeakTrace registry backup")
            }
        } catch let error as DatabaseError {
            throw LeakTraceError.registry("\(backupPath) is not a LeakTrace registry backup (\(error.message ?? "unreadable"))")
        }
        let partial = try DurableFile.createPartial(for: path)
        do {
            try copyDatabase(from: source, to: partial, journalMode: "WAL")
            try source.close()
            try DurableFile.publish(partial, as: path)
        } catch {
            DurableFile.discard(partial)
            throw oneLine(error, path: path)
        }
        return try open(at: path)
    }

    /// Backs `source` up into the empty file `path`, sets its journal mode and checks it.
    private static func copyDatabase(from source: DatabaseQueue, to path: String, journalMode: String) throws {
        let destination = try DatabaseQueue(path: path)
        try source.backup(to: destination)
        try destination.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = \(journalMode)")
            let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard check == ["ok"] else {
                throw LeakTraceError.registry("the copy fails integrity_check: \(check.joined(separator: "; "))")
            }
        }
        try destination.close()
    }

    private static func oneLine(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        return LeakTraceError.registry("\(path): \(error.message ?? error.description)")
    }
}
