import COpenSSL
import Foundation

/// An Ed25519 (RFC 8032) signing key, for report manifests and signed audit-tree heads.
///
/// Holds only the 32-byte seed and the public key, and builds the OpenSSL key for each signature,
/// so the value is an ordinary `Sendable` struct with no resource to free. Its description is
/// redacted so the seed cannot end up in a log by accident.
///
/// ```swift
/// let key = try Ed25519PrivateKey(rawRepresentation: HKDF.sha256(key: secret, salt: [],
///                                 info: Array("leaktrace/report-signing".utf8), length: 32))
/// let signature = try key.signature(for: manifest)        // 64 bytes
/// key.publicKey.isValidSignature(signature, for: manifest) // true
/// ```
public struct Ed25519PrivateKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The 32-byte seed (RFC 8032's "private key"). Treat as a secret.
    public let rawRepresentation: [UInt8]
    public let publicKey: Ed25519PublicKey

    /// A fresh key from OpenSSL's key generator.
    public init() {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else {
            CryptoError.fatal("EVP_PKEY_CTX_new_id(Ed25519)")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var generated: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1, EVP_PKEY_keygen(context, &generated) == 1,
            let key = generated
        else { CryptoError.fatal("EVP_PKEY_keygen(Ed25519)") }
        defer { EVP_PKEY_free(key) }
        do {
            try self.init(rawRepresentation: Self.rawBytes(of: key, EVP_PKEY_get_raw_private_key))
        } catch {
            fatalError("Ed25519 key generation: \(error)")
        }
    }

    /// The key whose seed is `rawRepresentation`; the same seed always gives the same key, which
    /// is how the registry re-derives its signing key from its secret.
    public init(rawRepresentation: [UInt8]) throws {
        guard rawRepresentation.count == 32 else {
            throw CryptoError("Ed25519 private key must be a 32-byte seed, got \(rawRepresentation.count) bytes")
        }
        guard let key = Self.makeKey(rawRepresentation) else {
            throw CryptoError.openSSL("EVP_PKEY_new_raw_private_key(Ed25519)")
        }
        defer { EVP_PKEY_free(key) }
        self.rawRepresentation = rawRepresentation
        self.publicKey = try Ed25519PublicKey(
            rawRepresentation: Self.rawBytes(of: key, EVP_PKEY_get_raw_public_key))
    }

    /// The 64-byte signature of `data` (deterministic: the same key and data give the same bytes).
    public func signature<D: DataProtocol>(for data: D) throws -> [UInt8] {
        guard let key = Self.makeKey(rawRepresentation) else {
            throw CryptoError.openSSL("EVP_PKEY_new_raw_private_key(Ed25519)")
        }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw CryptoError.openSSL("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        // Ed25519 hashes internally (PureEdDSA), so the digest must be NULL and signing one-shot.
        guard EVP_DigestSignInit(context, nil, nil, nil, key) == 1 else {
            throw CryptoError.openSSL("EVP_DigestSignInit(Ed25519)")
        }
        var signature = [UInt8](repeating: 0, count: 64)
        var length = signature.count
        let status = data.withContiguousNonNullBytes { message in
            signature.withUnsafeMutableBufferPointer { out in
                EVP_DigestSign(
                    context, out.baseAddress, &length,
                    message.baseAddress!.assumingMemoryBound(to: UInt8.self), message.count)
            }
        }
        guard status == 1, length == 64 else { throw CryptoError.openSSL("EVP_DigestSign(Ed25519)") }
        return signature
    }

    public var description: String {
        "Ed25519PrivateKey(public: \(publicKey.rawRepresentation.hexString), seed: redacted)"
    }

    public var debugDescription: String { description }

    private static func makeKey(_ seed: [UInt8]) -> OpaquePointer? {
        seed.withUnsafeBufferPointer { EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count) }
    }

    private static func rawBytes(
        of key: OpaquePointer,
        _ getter: (OpaquePointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>?) -> Int32
    ) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 32)
        var length = bytes.count
        let status = bytes.withUnsafeMutableBufferPointer { getter(key, $0.baseAddress, &length) }
        guard status == 1, length == 32 else { throw CryptoError.openSSL("reading raw Ed25519 key") }
        return bytes
    }
}
