import COpenSSL

/// scrypt (RFC 7914), to turn an examiner's passphrase into the registry secret when no key file
/// is used. Through OpenSSL's `EVP_PBE_scrypt`.
///
/// ```swift
/// let secret = try Scrypt.derive(passphrase: Array(passphrase.utf8), salt: registrySalt,
///                                n: 1 << 17, r: 8, p: 1, length: 32)   // 128 MiB, under a second
/// ```
public enum Scrypt {
    /// Memory ceiling used unless the caller asks for more: four times what N = 2^17, r = 8 needs.
    public static let defaultMaxMemory: UInt64 = 1 << 29

    /// - Parameters:
    ///   - n: CPU/memory cost, a power of two greater than 1.
    ///   - r: block size; memory grows as about 128·r·N bytes.
    ///   - p: parallelisation.
    ///   - maxMemory: refuse parameters needing more than this, so a tampered registry header
    ///     cannot make LeakTrace allocate without bound. (OpenSSL's own default is only 32 MiB.)
    /// - Throws: `CryptoError` when the parameters are invalid, exceed `maxMemory`, or memory
    ///   cannot be had; the message carries OpenSSL's reason.
    public static func derive(
        passphrase: [UInt8], salt: [UInt8], n: UInt64, r: UInt64, p: UInt64, length: Int,
        maxMemory: UInt64 = defaultMaxMemory
    ) throws -> [UInt8] {
        guard n > 1, n & (n - 1) == 0 else { throw CryptoError("scrypt: N must be a power of two greater than 1") }
        guard r > 0, p > 0 else { throw CryptoError("scrypt: r and p must be positive") }
        guard length > 0 else { throw CryptoError("scrypt: output length must be positive") }

        var output = [UInt8](repeating: 0, count: length)
        let status = passphrase.withContiguousNonNullBytes { pass in
            salt.withContiguousNonNullBytes { saltBytes in
                output.withUnsafeMutableBufferPointer { out in
                    EVP_PBE_scrypt(
                        pass.baseAddress!.assumingMemoryBound(to: CChar.self), pass.count,
                        saltBytes.baseAddress!.assumingMemoryBound(to: UInt8.self), saltBytes.count,
                        n, r, p, maxMemory, out.baseAddress, length)
                }
            }
        }
        guard status == 1 else { throw CryptoError.openSSL("scrypt (N=\(n), r=\(r), p=\(p))") }
        return output
    }
}
