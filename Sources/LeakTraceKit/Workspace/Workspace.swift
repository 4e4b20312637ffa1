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
        let registry = try Registry.open(at: location.path)
        let secret = try RegistrySecret.load(from: location.keyPath)
        let workspace = Workspace(location: location, registry: registry, secret: secret)
        let stored = try registry.identity().publicKeyHex
        guard stored == (try secret.signingKey().publicKey.rawRepresentation.hexString) else {
            throw LeakTraceError.registry("key file \(location.keyPath) does not belong to registry \(location.path)")
        }
        return workspace
    }

    /// Creates the registry and its key file from a pipeline. Neither may exist yet.
    public static func create(_ location: RegistryLocation, pipeline: Pipeline, at date: Date = Date()) throws -> Workspace {
        guard !FileManager.default.fileExists(atPath: location.keyPath) else {
            throw LeakTraceError.registry("\(location.keyPath) already exists; a key file is never overwritten")
        }
        let secret = RegistrySecret.generate()
        let publicKey = try secret.signingKey().publicKey.rawRepresentation.hexString
        let registryID = "reg-" + Digest.sha256Hex(Array(publicKey.utf8)).prefix(16)
        let registry = try Registry.create(at: location.path, pipeline: pipeline, registryID: registryID, publicKeyHex: publicKey, createdAt: Timestamp.truncated(date))
        do {
            try secret.write(to: location.keyPath)
        } catch {
            try? FileManager.default.removeItem(atPath: location.path)
            throw error
        }
        return Workspace(location: location, registry: registry, secret: secret)
    }

    /// SHA-256 of the registry's id and public key: how a report names the registry it came from.
    public func fingerprint() throws -> String {
        let identity = try registry.identity()
        return Digest.sha256Hex(Array("\(identity.id)\n\(identity.publicKeyHex)".utf8))
    }
}
