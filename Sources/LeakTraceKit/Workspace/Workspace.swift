import Foundation
import LeakTraceCore
import LeakTraceCrypto
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
    public let secret: RegistrySecret

    public static func open(_ location: RegistryLocation) throws -> Workspace {
        try open(location, passphrase: try Passphrase.resolve(file: nil))
    }

    /// Opens the registry; a passphrase key file derives the secret from `passphrase` (scrypt).
    public static func open(_ location: RegistryLocation, passphrase: Passphrase?) throws -> Workspace {
        let locked = try Registry.open(at: location.path)
        let secret = try RegistrySecret.load(from: location.keyPath, passphrase: passphrase)
        let stored = try locked.identity().publicKeyHex
        guard stored == (try secret.signingKey().publicKey.rawRepresentation.hexString) else {
            throw LeakTraceError.registry("key file \(location.keyPath) does not belong to registry \(location.path)")
        }
        let registry = try locked.unlocked(with: try secret.canaryVault())
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
