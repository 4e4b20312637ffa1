import COpenSSL
import Foundation

/// An Ed25519 (RFC 8032) verification key: the one published with a signed report or tree head.
///
/// ```swift
/// let key = try Ed25519PublicKey(rawRepresentation: try Hex.decode(publishedHex))
/// guard key.isValidSignature(signature, for: manifestBytes) else { … }
/// ```
public struct Ed25519PublicKey: Sendable, Hashable {
    /// The 32-byte encoded point.
    public let rawRepresentation: [UInt8]

    public init(rawRepresentation: [UInt8]) throws {
        guard rawRepresentation.count == 32 else {
            throw CryptoError("Ed25519 public key must be 32 bytes, got \(rawRepresentation.count)")
        }
        // Only the length is checked: OpenSSL does not decode the point when importing a raw key,
        // and a key that is not a valid point simply never verifies any signature.
        self.rawRepresentation = rawRepresentation
    }

    /// SHA-256 of the raw key in lowercase hex: the fingerprint printed on reports so a reader can
    /// check the key by telephone or on paper.
    public var fingerprint: String {
        Digest.sha256Hex(rawRepresentation)
    }

    /// True only for a 64-byte signature made by the matching private key over exactly `data`.
    public func isValidSignature<D: DataProtocol>(_ signature: [UInt8], for data: D) -> Bool {
        guard signature.count == 64 else { return false }
        // A failed verification leaves entries on OpenSSL's error queue; clear them so they are not
        // blamed on some later, unrelated failure in this thread.
        defer { ERR_clear_error() }
        guard let key = Self.makeKey(rawRepresentation) else { return false }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { CryptoError.fatal("EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        // Ed25519 hashes internally (PureEdDSA), so the digest argument must be NULL.
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key) == 1 else { return false }
        return data.withContiguousNonNullBytes { message in
            signature.withUnsafeBufferPointer { signatureBytes in
                EVP_DigestVerify(
                    context, signatureBytes.baseAddress, signatureBytes.count,
                    message.baseAddress!.assumingMemoryBound(to: UInt8.self), message.count) == 1
            }
        }
    }

    static func makeKey(_ raw: [UInt8]) -> OpaquePointer? {
        raw.withUnsafeBufferPointer { EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, $0.baseAddress, $0.count) }
    }
}
