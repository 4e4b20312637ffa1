import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceMatching
import LeakTraceRegistry

/// An opened registry together with its secret: what every command but `init` and `verify` works on.
///
/// ```swift
/// let workspace = try Workspace.open(RegistryLocation(explicit: nil))
/// let pipeline = try workspace.registry.pipeline()
/// ```
public struct Workspace: Sendable {
    public let location: RegistryLocation
    public let registry: Registry
    /// Whose key opened the registry: the planter's secret, or an examiner's or auditor's role key.
    public let role: Role
    private let rootSecret: RegistrySecret?
    private let roleKey: RoleKey?

    /// The environment variable naming a role key file (else `--key`, else the registry's own key file).
    public static let keyEnvironmentVariable = "LEAKTRACE_KEY"

    init(location: RegistryLocation, registry: Registry, secret: RegistrySecret) {
        self.location = location
        self.registry = registry
        role = .planter
        rootSecret = secret
        roleKey = nil
    }

    private init(location: RegistryLocation, registry: Registry, roleKey: RoleKey) {
        self.location = location
        self.registry = registry
        role = roleKey.role
        rootSecret = nil
        self.roleKey = roleKey
    }

    /// The registry secret, which only the planter holds: drawing, planting, exporting and
    /// explaining canaries all need it.
    public var secret: RegistrySecret {
        get throws {
            guard let rootSecret else {
                throw LeakTraceError.registry("this needs the planter's key (the registry secret); the registry was opened with an \(role.rawValue)'s key")
            }
            return rootSecret
        }
    }

    /// The key reports and audit tree heads are signed with: the planter's or an examiner's.
    public func signingKey() throws -> Ed25519PrivateKey {
        if let rootSecret { return try rootSecret.signingKey() }
        return try roleKey!.signingKey()
    }

    /// The registry's public key as this key knows it (not as the registry file claims it).
    public func publicKey() throws -> Ed25519PublicKey {
        if let rootSecret { return try rootSecret.signingKey().publicKey }
        return try roleKey!.publicKey()
    }

    public static func open(_ location: RegistryLocation) throws -> Workspace {
        try open(location, passphrase: try Passphrase.resolve(file: nil))
    }

    /// Opens the registry with the key file `keyFile` (else `$LEAKTRACE_KEY`, else the registry's
    /// own key file): the registry secret opens it as the planter, a role key as that role. A
    /// passphrase key file derives its key from `passphrase` (scrypt).
    public static func open(
        _ location: RegistryLocation, passphrase: Passphrase?, keyFile: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Workspace {
        let keyPath = keyFile ?? environment[keyEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? location.keyPath
        let locked = try Registry.open(at: location.path)
        guard FileManager.default.fileExists(atPath: keyPath), RoleKey.isRoleKey(keyPath) else {
            return try openAsPlanter(location, registry: locked, keyPath: keyPath, passphrase: passphrase)
        }
        let key = try RoleKey.load(from: keyPath, passphrase: passphrase)
        let identity = try locked.identity()
        guard key.registryID == identity.id, try key.publicKey().rawRepresentation.hexString == identity.publicKeyHex else {
            throw LeakTraceError.registry("key file \(keyPath) does not belong to registry \(location.path)")
        }
        let registry = key.role == .examiner ? try locked.unlocked(with: try key.examinerVault()) : locked
        return Workspace(location: location, registry: registry, roleKey: key)
    }

    private static func openAsPlanter(_ location: RegistryLocation, registry locked: Registry, keyPath: String, passphrase: Passphrase?) throws -> Workspace {
        let secret = try RegistrySecret.load(from: keyPath, passphrase: passphrase)
        let stored = try locked.identity().publicKeyHex
        guard stored == (try secret.signingKey().publicKey.rawRepresentation.hexString) else {
            throw LeakTraceError.registry("key file \(keyPath) does not belong to registry \(location.path)")
        }
        let registry = try locked.unlocked(with: try secret.canaryVault())
        // Canaries planted before roles existed get their examiner copies the first time the
        // planter opens the registry, so an examiner never misses one.
        if try !registry.hasExaminerCopies() {
            try registry.addExaminerCopies { BlockingKeys.planted($0.person) }
        }
        return Workspace(location: location, registry: registry, secret: secret)
    }

    /// Creates the registry and its key file from a pipeline. Neither may exist yet.
    public static func create(_ location: RegistryLocation, pipeline: Pipeline, at date: Date = Date()) throws -> Workspace {
        try create(location, pipeline: pipeline, at: date, passphrase: nil)
    }

    /// Creates the registry and its key file. With a passphrase the secret is derived from it
    /// (scrypt) and the key file keeps only the salt and costs, so the file alone opens nothing.
    public static func create(_ location: RegistryLocation, pipeline: Pipeline, at date: Date = Date(), passphrase: Passphrase?) throws -> Workspace {
        guard !FileManager.default.fileExists(atPath: location.keyPath) else {
            throw LeakTraceError.registry("\(location.keyPath) already exists; a key file is never overwritten")
        }
        guard !FileManager.default.fileExists(atPath: location.path) else {
            throw LeakTraceError.registry("\(location.path) already exists; a registry is never overwritten")
        }
        let secret = try passphrase.map { try RegistrySecret.create(passphrase: $0, keyPath: location.keyPath) } ?? RegistrySecret.generate()
        let publicKey = try secret.signingKey().publicKey.rawRepresentation.hexString
        let registryID = "reg-" + Digest.sha256Hex(Array(publicKey.utf8)).prefix(16)
        let registry: Registry
        do {
            registry = try Registry.create(at: location.path, pipeline: pipeline, registryID: registryID, publicKeyHex: publicKey, createdAt: Timestamp.truncated(date), vault: try secret.canaryVault())
        } catch {
            if passphrase != nil { try? FileManager.default.removeItem(atPath: location.keyPath) }
            throw error
        }
        if passphrase == nil {
            do {
                try secret.write(to: location.keyPath)
            } catch {
                try? FileManager.default.removeItem(atPath: location.path)
                throw error
            }
        }
        return Workspace(location: location, registry: registry, secret: secret)
    }

    /// SHA-256 of the registry's id and public key: how a report names the registry it came from.
    public func fingerprint() throws -> String {
        let identity = try registry.identity()
        return Digest.sha256Hex(Array("\(identity.id)\n\(identity.publicKeyHex)".utf8))
    }
}
