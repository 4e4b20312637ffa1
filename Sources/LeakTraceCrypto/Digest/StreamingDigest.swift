import COpenSSL
import Foundation

/// An incremental hash over data that arrives in pieces (a seized file read block by block).
///
/// Wraps one `EVP_MD_CTX`; it is a class because the context is a resource that must be freed
/// exactly once, and it is not `Sendable` because OpenSSL contexts must not be shared by threads.
///
/// ```swift
/// let digest = StreamingDigest(.sha256)
/// digest.update(Array("ab".utf8))
/// digest.update(Array("c".utf8))
/// digest.finalize().hexString   // "ba7816bf…15ad"
/// ```
public final class StreamingDigest {
    public let algorithm: HashAlgorithm
    private let context: OpaquePointer
    private var isFinalized = false

    public init(_ algorithm: HashAlgorithm) {
        guard let context = EVP_MD_CTX_new() else { CryptoError.fatal("EVP_MD_CTX_new") }
        guard EVP_DigestInit_ex2(context, algorithm.fetched.pointer, nil) == 1 else {
            EVP_MD_CTX_free(context)
            CryptoError.fatal("EVP_DigestInit_ex2(\(algorithm.displayName))")
        }
        self.algorithm = algorithm
        self.context = context
    }

    private init(copying other: StreamingDigest) {
        guard let context = EVP_MD_CTX_new() else { CryptoError.fatal("EVP_MD_CTX_new") }
        guard EVP_MD_CTX_copy_ex(context, other.context) == 1 else {
            EVP_MD_CTX_free(context)
            CryptoError.fatal("EVP_MD_CTX_copy_ex")
        }
        self.algorithm = other.algorithm
        self.context = context
        self.isFinalized = other.isFinalized
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// An independent digest in the same state, so a value type holding this one can copy on write.
    func copy() -> StreamingDigest {
        StreamingDigest(copying: self)
    }

    public func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(!isFinalized, "StreamingDigest.update after finalize")
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        guard EVP_DigestUpdate(context, base, bytes.count) == 1 else {
            CryptoError.fatal("EVP_DigestUpdate(\(algorithm.displayName))")
        }
    }

    /// Hashes each contiguous region in place, so Data, arrays and slices are never copied.
    public func update<D: DataProtocol>(_ data: D) {
        for region in data.regions {
            region.withUnsafeBytes { update($0) }
        }
    }

    /// The digest. Call it once; the context cannot be fed afterwards.
    public func finalize() -> [UInt8] {
        precondition(!isFinalized, "StreamingDigest.finalize called twice")
        isFinalized = true
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = output.withUnsafeMutableBufferPointer {
            EVP_DigestFinal_ex(context, $0.baseAddress, &length)
        }
        guard status == 1 else { CryptoError.fatal("EVP_DigestFinal_ex(\(algorithm.displayName))") }
        output.removeSubrange(Int(length)...)
        return output
    }
}

@available(*, unavailable, message: "an OpenSSL digest context must stay on one thread")
extension StreamingDigest: Sendable {}
