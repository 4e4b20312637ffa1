import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry

/// An examiner's or auditor's key file: the keys of that role only, for one registry.
///
/// ```swift
/// let key = try RoleKey.issue(.examiner, from: workspace)        // by the planter
/// try key.write(to: "examiner.key", passphrase: nil)             // mode 0600
/// let back = try RoleKey.load(from: "examiner.key", passphrase: nil)
/// ```
/// File: `leaktrace-role-v1 ROLE REGISTRY-ID HEX` where HEX is, for an examiner, the vault's unlock
/// and case keys and the signing key's seed (96 bytes); for an auditor, the registry's public key.
/// With a passphrase, HEX is replaced by `scrypt SALT LOGN R P SEALED`: the same bytes sealed with
/// AES-256-GCM under a key scrypt derives from the passphrase.
public struct RoleKey: Sendable {
    static let header = "leaktrace-role-v1"
    public let role: Role
    public let registryID: String
    let material: [UInt8]

    init(role: Role, registryID: String, material: [UInt8]) {
        self.role = role
        self.registryID = registryID
        self.material = material
    }

    /// The key of `role` for the planter's registry. Only the planter (who holds the secret) can issue one.
    public static func issue(_ role: Role, from workspace: Workspace) throws -> RoleKey {
        let secret = try workspace.secret
        let identity = try workspace.registry.identity()
        switch role {
        case .planter:
            throw LeakTraceError.invalidInput("the planter's key is the registry key file itself; copy it with `leaktrace backup`")
        case .examiner:
            return RoleKey(role: .examiner, registryID: identity.id,
                           material: try secret.canaryVault().examinerKeys + secret.signingKey().rawRepresentation)
        case .auditor:
            return RoleKey(role: .auditor, registryID: identity.id, material: try secret.signingKey().publicKey.rawRepresentation)
        }
    }

    /// SHA-256 of the role and its key bytes, first 16 hex digits: names the key in the audit log
    /// without revealing it.
    public var fingerprint: String {
        String(Digest.sha256Hex(Array("\(role.rawValue)\n".utf8) + material).prefix(16))
    }

    /// The examiner's vault (unlock and case keys).
    func examinerVault() throws -> CanaryVault {
        guard role == .examiner, material.count == 96 else { throw LeakTraceError.registry("not an examiner key") }
        return try CanaryVault(examinerKeys: Array(material[0..<64]))
    }

    /// The signing key an examiner signs reports and audit tree heads with.
    func signingKey() throws -> Ed25519PrivateKey {
        guard role == .examiner, material.count == 96 else {
            throw LeakTraceError.registry("a \(role.rawValue) key cannot sign: reports and tree heads are signed by the planter or an examiner")
        }
        return try Ed25519PrivateKey(rawRepresentation: Array(material[64..<96]))
    }

    /// The registry's public key this key was issued for.
    func publicKey() throws -> Ed25519PublicKey {
        switch role {
        case .examiner: return try signingKey().publicKey
        default: return try Ed25519PublicKey(rawRepresentation: material)
        }
    }

    /// Writes the key file with mode 0600, never over an existing file; sealed under a
    /// passphrase when one is given.
    public func write(to path: String, passphrase: Passphrase?) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw LeakTraceError.registry("\(path) already exists; a key file is never overwritten")
        }
        var body = material.hexString
        if let passphrase {
            let salt = SecureRandom.bytes(16)
            let key = try RegistrySecret.derive(passphrase: passphrase, salt: salt, logN: RegistrySecret.scryptLogN,
                                                r: RegistrySecret.scryptR, p: RegistrySecret.scryptP).bytes
            let sealed = try AESGCM.seal(material, key: key, aad: Array(context.utf8)).combined
            body = "scrypt \(salt.hexString) \(RegistrySecret.scryptLogN) \(RegistrySecret.scryptR) \(RegistrySecret.scryptP) \(sealed.hexString)"
        }
        let text = "\(Self.header) \(role.rawValue) \(registryID) \(body)\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot write key file \(path)")
        }
    }

    /// Whether the key file at `path` is a role key (else it is a registry secret: the planter's).
    public static func isRoleKey(_ path: String) -> Bool {
        (try? RegistrySecret.checkedText(path))?.hasPrefix(header + " ") ?? false
    }

    /// Reads a role key file, refusing one that other users could read.
    public static func load(from path: String, passphrase: Passphrase?) throws -> RoleKey {
        let parts = try RegistrySecret.checkedText(path).split(separator: " ").map(String.init)
        guard parts.count >= 4, parts[0] == header, let role = Role(rawValue: parts[1]), role != .planter else {
            throw LeakTraceError.registry("key file \(path) is not a LeakTrace role key")
        }
        let registryID = parts[2]
        let context = "\(header) \(role.rawValue) \(registryID)"
        let material: [UInt8]
        if parts[3] == "scrypt" {
            guard parts.count == 9, let salt = try? Hex.decode(parts[4]), let logN = Int(parts[5]), let r = Int(parts[6]),
                  let p = Int(parts[7]), let sealed = try? Hex.decode(parts[8]) else {
                throw LeakTraceError.registry("key file \(path) is not a LeakTrace role key")
            }
            guard let passphrase else {
                throw LeakTraceError.registry("key file \(path) needs its passphrase: set \(Passphrase.environmentVariable) or \(Passphrase.fileEnvironmentVariable), or pass --passphrase-file")
            }
            let key = try RegistrySecret.derive(passphrase: passphrase, salt: salt, logN: logN, r: r, p: p).bytes
            guard let box = try? AESGCM.SealedBox(combined: sealed),
                  let opened = try? AESGCM.open(box, key: key, aad: Array(context.utf8)) else {
                throw LeakTraceError.registry("key file \(path) does not open with this passphrase")
            }
            material = opened
        } else {
            guard parts.count == 4, let bytes = try? Hex.decode(parts[3]) else {
                throw LeakTraceError.registry("key file \(path) is not a LeakTrace role key")
            }
            material = bytes
        }
        guard material.count == (role == .examiner ? 96 : 32) else {
            throw LeakTraceError.registry("key file \(path) holds \(material.count) key bytes, not a \(role.rawValue) key")
        }
        return RoleKey(role: role, registryID: registryID, material: material)
    }

    private var context: String { "\(Self.header) \(role.rawValue) \(registryID)" }
}
