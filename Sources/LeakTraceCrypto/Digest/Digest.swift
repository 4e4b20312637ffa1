import COpenSSL
import Foundation

/// One-shot hashing of bytes already in memory, and streaming hashing of files
/// (see `Digest.file(at:_:)`).
///
/// ```swift
/// Digest.sha256Hex(Array("abc".utf8))   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// Digest.hash(data, .sm3)                // 32 bytes
/// ```
public enum Digest {
    public static func hash<D: DataProtocol>(_ data: D, _ algorithm: HashAlgorithm = .sha256) -> [UInt8] {
        guard data.regions.count <= 1 else {
            // Hash region by region rather than flatten a large multi-region buffer.
            let digest = StreamingDigest(algorithm)
            digest.update(data)
            return digest.finalize()
        }
        return data.withContiguousNonNullBytes { hash($0, algorithm) }
    }

    public static func sha256Hex<D: DataProtocol>(_ data: D) -> String {
        hash(data, .sha256).hexString
    }

    /// The one-shot `EVP_Digest` path, shared with the Merkle tree's many small node hashes.
    static func hash(_ bytes: UnsafeRawBufferPointer, _ algorithm: HashAlgorithm) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: algorithm.digestLength)
        var length: UInt32 = 0
        let status = output.withUnsafeMutableBufferPointer { out in
            EVP_Digest(bytes.baseAddress, bytes.count, out.baseAddress, &length, algorithm.fetched.pointer, nil)
        }
        guard status == 1, Int(length) == algorithm.digestLength else {
            CryptoError.fatal("EVP_Digest(\(algorithm.displayName))")
        }
        return output
    }
}
