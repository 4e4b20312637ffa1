import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// The registry's secret: 32 random bytes from which every canary and the report signing key derive.
///
/// ```swift
/// let secret = try RegistrySecret.load(from: "leaktrace.db.key")
/// let seed = secret.canarySeed(sequence: 42, attempt: 0)   // same key, same canary
/// let signer = try secret.signingKey()
/// ```
/// Whoever holds it can re-derive any canary and so prove that a record is one; it is never written
/// into an export, a report or the registry.
public struct RegistrySecret: Sendable {
    static let header = "leaktrace-secret-v1"
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "the registry secret is 32 bytes")
        self.bytes = bytes
    }

    public static func generate() -> RegistrySecret {
        RegistrySecret(bytes: SecureRandom.bytes(32))
    }

    /// Writes the key file with mode 0600, refusing to replace an existing one.
    public func write(to path: String) throws {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("\(path) already exists; a key file is never overwritten")
        }
        let text = "\(Self.header) \(bytes.hexString)\n"
        guard fm.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot write key file \(path)")
        }
    }

    /// Reads the key file, refusing one that other users could read.
    public static func load(from path: String) throws -> RegistrySecret {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("key file \(path) is missing; the registry cannot derive canaries or sign without it")
        }
        let attributes = try fm.attributesOfItem(atPath: path)
        if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw LeakTraceError.registry("key file \(path) has mode \(String(mode, radix: 8)); it must be readable by its owner only (chmod 600 \(path))")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[0] == Self.header, let bytes = try? Hex.decode(String(parts[1])), bytes.count == 32 else {
            throw LeakTraceError.registry("key file \(path) is not a LeakTrace secret")
        }
        return RegistrySecret(bytes: bytes)
    }

    /// The 32-byte seed of canary number `sequence`; `attempt` moves on when a draw collides.
    public func canarySeed(sequence: Int, attempt: Int) -> [UInt8] {
        HKDF.sha256(key: bytes, salt: Array("leaktrace/canary/v1".utf8), info: Array("\(sequence)/\(attempt)".utf8), length: 32)
    }

    /// The seed of the order a canary rides on, apart from the person so retries keep the order.
    public func orderSeed(sequence: Int) -> [UInt8] {
        HKDF.sha256(key: bytes, salt: Array("leaktrace/order/v1".utf8), info: Array("\(sequence)".utf8), length: 32)
    }

    /// The Ed25519 key that signs reports, derived so the key file alone restores it.
    public func signingKey() throws -> Ed25519PrivateKey {
        try Ed25519PrivateKey(rawRepresentation: HKDF.sha256(key: bytes, salt: Array("leaktrace/signing/v1".utf8), info: [], length: 32))
    }
}
