import COpenSSL
import Foundation

/// HMAC-SHA256 under one key, prepared once and reused for many messages.
///
/// Keyed indexes hash every normalised name, phone and address of a seized list (hundreds of
/// thousands of rows); setting the key up once saves the key schedule and the algorithm lookup on
/// every row. Not `Sendable`: give each task its own context.
///
/// ```swift
/// let index = HMACContext(key: indexKey)
/// let tag = index.authenticationCode(for: Array("10000000000".utf8))   // 32 bytes
/// ```
public final class HMACContext {
    private let context: OpaquePointer

    public init(key: [UInt8]) {
        guard let context = EVP_MAC_CTX_new(FetchedAlgorithm.hmac.pointer) else {
            CryptoError.fatal("EVP_MAC_CTX_new(HMAC)")
        }
        let parameters = ParameterList()
        parameters.utf8String("digest", "SHA256")
        // An empty key is legal HMAC (RFC 2104 pads it with zeros), but OpenSSL reads a NULL key
        // as "keep the previous key", so always pass a real pointer.
        let status = key.withContiguousNonNullBytes { keyBytes in
            parameters.withParameters { list in
                EVP_MAC_init(
                    context, keyBytes.baseAddress!.assumingMemoryBound(to: UInt8.self), keyBytes.count, list)
            }
        }
        guard status == 1 else {
            EVP_MAC_CTX_free(context)
            CryptoError.fatal("EVP_MAC_init(HMAC-SHA256)")
        }
        self.context = context
    }

    deinit {
        EVP_MAC_CTX_free(context)
    }

    /// The 32-byte tag of `message`.
    public func authenticationCode<D: DataProtocol>(for message: D) -> [UInt8] {
        // A NULL key re-initialises with the key already set: the precomputed inner and outer
        // pads are reused, which is the point of this type.
        guard EVP_MAC_init(context, nil, 0, nil) == 1 else { CryptoError.fatal("EVP_MAC_init(reuse key)") }
        for region in message.regions {
            let status = region.withUnsafeBytes { bytes -> Int32 in
                guard let base = bytes.baseAddress, bytes.count > 0 else { return 1 }
                return EVP_MAC_update(context, base.assumingMemoryBound(to: UInt8.self), bytes.count)
            }
            guard status == 1 else { CryptoError.fatal("EVP_MAC_update(HMAC-SHA256)") }
        }
        var output = [UInt8](repeating: 0, count: 32)
        var length = 0
        let status = output.withUnsafeMutableBufferPointer {
            EVP_MAC_final(context, $0.baseAddress, &length, $0.count)
        }
        guard status == 1, length == 32 else { CryptoError.fatal("EVP_MAC_final(HMAC-SHA256)") }
        return output
    }
}

@available(*, unavailable, message: "an OpenSSL MAC context must stay on one thread")
extension HMACContext: Sendable {}
