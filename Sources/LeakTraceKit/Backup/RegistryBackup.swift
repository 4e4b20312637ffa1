import Foundation
import LeakTraceCore
import LeakTraceRegistry

/// `leaktrace backup` and `restore`: a consistent copy of the registry taken with SQLite's online
/// backup API while others keep working, and a restore that checks what it restored.
///
/// ```swift
/// let saved = try RegistryBackup.backup(workspace, to: "/media/usb/case.db.backup", withKey: false)
/// let restored = try RegistryBackup.restore(from: "/media/usb/case.db.backup",
///                                           to: RegistryLocation(path: "restored.db"), keyPath: "/safe/case.db.key")
/// restored.auditProblems   // [] when the hash chain still holds
/// ```
/// The key is the user's to carry: a backup holds no key unless asked (`withKey`), because a
/// backup and its key together can plant, match and sign. Keep them on separate media.
public enum RegistryBackup {
    /// What a backup wrote.
    public struct Saved: Sendable {
        public var path: String
        /// Where the key was copied, with `withKey`.
        public var keyPath: String?
        public var health: RegistryHealth
    }

    /// What a restore produced and what it found on checking.
    public struct Restored: Sendable {
        public var location: RegistryLocation
        /// Whether a key that belongs to the registry is now beside it.
        public var keyInstalled: Bool
        public var health: RegistryHealth
        public var auditEntries: Int
        /// One line per break in the audit chain; empty when it holds.
        public var auditProblems: [String]
    }

    public static func backup(_ workspace: Workspace, to path: String, withKey: Bool) throws -> Saved {
        let keyPath = path + ".key"
        if withKey, FileManager.default.fileExists(atPath: keyPath) {
            throw LeakTraceError.registry("\(keyPath) already exists; a key file is never overwritten")
        }
        try workspace.registry.backup(to: path)
        let copy = try Registry.open(at: path)
        let health = try copy.health()
        if withKey {
            try copyKey(from: workspace.location.keyPath, secret: workspace.secret, to: keyPath)
        }
        return Saved(path: path, keyPath: withKey ? keyPath : nil, health: health)
    }

    /// Restores `backupPath` as a new registry at `location`. The key comes from `keyPath`, else
    /// from `<backup>.key` if present; without one the registry is restored but cannot be used
    /// until its key is put at `location.keyPath`.
    public static func restore(from backupPath: String, to location: RegistryLocation, keyPath: String?) throws -> Restored {
        try restore(from: backupPath, to: location, keyPath: keyPath, passphrase: try Passphrase.resolve(file: nil))
    }

    /// `restore(from:to:keyPath:)` for a registry whose secret is derived from `passphrase`.
    public static func restore(from backupPath: String, to location: RegistryLocation, keyPath: String?, passphrase: Passphrase?) throws -> Restored {
        if FileManager.default.fileExists(atPath: location.keyPath) {
            throw LeakTraceError.registry("\(location.keyPath) already exists; a key file is never overwritten")
        }
        let source = keyPath ?? (FileManager.default.fileExists(atPath: backupPath + ".key") ? backupPath + ".key" : nil)
        let secret = try source.map { try RegistrySecret.load(from: $0, passphrase: passphrase) }
        let registry = try Registry.restore(from: backupPath, to: location.path)
        if let secret, let source {
            try copyKey(from: source, secret: secret, to: location.keyPath)
            do {
                _ = try Workspace.open(location, passphrase: passphrase)
            } catch {
                try? FileManager.default.removeItem(atPath: location.keyPath)
                throw LeakTraceError.registry("key file \(source) does not belong to the backup \(backupPath); the registry was restored without a key")
            }
        }
        return Restored(
            location: location, keyInstalled: secret != nil, health: try registry.health(),
            auditEntries: try registry.auditEntries().count, auditProblems: try registry.verifyAuditLog())
    }

    /// A passphrase key file is copied as it is (salt and costs, no secret); a plain one is
    /// written afresh from the secret. Either way mode 0600, never over an existing file.
    private static func copyKey(from source: String, secret: RegistrySecret, to destination: String) throws {
        guard RegistrySecret.needsPassphrase(source) else { return try secret.write(to: destination) }
        guard !FileManager.default.fileExists(atPath: destination),
              FileManager.default.createFile(atPath: destination, contents: try Data(contentsOf: URL(fileURLWithPath: source)),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot write key file \(destination) (it must not exist yet)")
        }
    }
}
