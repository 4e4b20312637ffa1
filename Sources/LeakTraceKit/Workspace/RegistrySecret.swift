import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry

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

    /// The header of a key file that holds no secret, only the scrypt salt and costs: the secret
    /// is derived from a passphrase each time.
    static let passphraseHeader = "leaktrace-passphrase-v1"
    /// scrypt costs for new passphrase files: N = 2^15, r = 8 (32 MiB, about 0.1 s per command).
    static let scryptLogN = 15, scryptR = 8, scryptP = 1

    /// Derives the secret from a passphrase with scrypt (OpenSSL's EVP_PBE_scrypt).
    static func derive(passphrase: Passphrase, salt: [UInt8], logN: Int, r: Int, p: Int) throws -> RegistrySecret {
        guard (1...20).contains(logN), (1...32).contains(r), (1...16).contains(p), salt.count >= 16 else {
            throw LeakTraceError.registry("scrypt parameters out of range (log2 N \(logN), r \(r), p \(p))")
        }
        return RegistrySecret(bytes: try Scrypt.derive(
            passphrase: passphrase.bytes, salt: salt, n: 1 << UInt64(logN), r: UInt64(r), p: UInt64(p), length: 32))
    }

    /// Creates a passphrase key file (mode 0600, salt and costs only) and returns the secret it
    /// stands for. Refuses to replace an existing file.
    public static func create(passphrase: Passphrase, keyPath path: String) throws -> RegistrySecret {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("\(path) already exists; a key file is never overwritten")
        }
        let salt = SecureRandom.bytes(16)
        let secret = try derive(passphrase: passphrase, salt: salt, logN: scryptLogN, r: scryptR, p: scryptP)
        let text = "\(passphraseHeader) scrypt \(salt.hexString) \(scryptLogN) \(scryptR) \(scryptP)\n"
        guard fm.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot write key file \(path)")
        }
        return secret
    }

    /// Reads the key file, refusing one that other users could read. A passphrase key file needs
    /// `passphrase`; a plain one ignores it.
    public static func load(from path: String, passphrase: Passphrase?) throws -> RegistrySecret {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("key file \(path) is missing; the registry cannot derive canaries or sign without it")
        }
        let text = try checkedText(path)
        let parts = text.split(separator: " ")
        guard parts.first == Substring(passphraseHeader) else { return try load(from: path) }
        guard parts.count == 6, parts[1] == "scrypt", let salt = try? Hex.decode(String(parts[2])),
              let logN = Int(parts[3]), let r = Int(parts[4]), let p = Int(parts[5]) else {
            throw LeakTraceError.registry("key file \(path) is not a LeakTrace passphrase file")
        }
        guard let passphrase else {
            throw LeakTraceError.registry("key file \(path) needs the passphrase: set \(Passphrase.environmentVariable) or \(Passphrase.fileEnvironmentVariable), or pass --passphrase-file")
        }
        return try derive(passphrase: passphrase, salt: salt, logN: logN, r: r, p: p)
    }

    /// Whether the key file at `path` asks for a passphrase.
    public static func needsPassphrase(_ path: String) -> Bool {
        (try? checkedText(path))?.hasPrefix(passphraseHeader + " ") ?? false
    }

    static func checkedText(_ path: String) throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw LeakTraceError.registry("key file \(path) has mode \(String(mode, radix: 8)); it must be readable by its owner only (chmod 600 \(path))")
        }
        return try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads a plain key file, refusing one that other users could read.
    public static func load(from path: String) throws -> RegistrySecret {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else {
            throw LeakTraceError.registry("key file \(path) is missing; the registry cannot derive canaries or sign without it")
        }
        let text = try checkedText(path)
        if text.hasPrefix(passphraseHeader + " ") {
            throw LeakTraceError.registry("key file \(path) needs the passphrase: set \(Passphrase.environmentVariable) or \(Passphrase.fileEnvironmentVariable), or pass --passphrase-file")
        }
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

    /// The keys canaries are sealed under at rest (AES-256-GCM) and their index tags are keyed
    /// with (HMAC-SHA256): two HKDF labels of their own, so neither reveals the canary seeds or
    /// the signing key.
    public func canaryVault() throws -> CanaryVault {
        try CanaryVault(
            sealingKey: HKDF.sha256(key: bytes, salt: Array("leaktrace/canary-sealing/v1".utf8), info: [], length: 32),
            indexKey: HKDF.sha256(key: bytes, salt: Array("leaktrace/canary-index/v1".utf8), info: [], length: 32))
    }

    /// The Ed25519 key that signs reports, derived so the key file alone restores it.
    public func signingKey() throws -> Ed25519PrivateKey {
        try Ed25519PrivateKey(rawRepresentation: HKDF.sha256(key: bytes, salt: Array("leaktrace/signing/v1".utf8), info: [], length: 32))
    }
}
