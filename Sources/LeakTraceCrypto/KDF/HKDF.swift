import COpenSSL

/// HKDF (RFC 5869) with SHA-256, extract-then-expand, through OpenSSL's `EVP_KDF` "HKDF".
///
/// The registry derives every sub-key (canary seeds, index keys, the signing key) from one secret
/// this way, each with its own `info` label, so that one leaked sub-key reveals no other.
///
/// ```swift
/// let seed = HKDF.sha256(key: secret, salt: [], info: Array("leaktrace/signing/v1".utf8), length: 32)
/// ```
public enum HKDF {
    /// `length` must be 1...8160 (255 × 32, RFC 5869's limit); anything else is a programming error.
    public static func sha256(key: [UInt8], salt: [UInt8], info: [UInt8], length: Int) -> [UInt8] {
        precondition((1...255 * 32).contains(length), "HKDF-SHA256 output length must be 1...8160")
        guard let context = EVP_KDF_CTX_new(FetchedAlgorithm.hkdf.pointer) else {
            CryptoError.fatal("EVP_KDF_CTX_new(HKDF)")
        }
        defer { EVP_KDF_CTX_free(context) }
        let parameters = ParameterList()
        parameters.utf8String("digest", "SHA256")
        parameters.octetString("key", key)
        // RFC 5869: an absent salt means HashLen zero bytes, which is what HMAC makes of an empty
        // key anyway; passing it explicitly keeps OpenSSL's behaviour out of the question.
        parameters.octetString("salt", salt.isEmpty ? [UInt8](repeating: 0, count: 32) : salt)
        parameters.octetString("info", info)
        var output = [UInt8](repeating: 0, count: length)
        let status = parameters.withParameters { list in
            output.withUnsafeMutableBufferPointer { EVP_KDF_derive(context, $0.baseAddress, length, list) }
        }
        guard status == 1 else { CryptoError.fatal("EVP_KDF_derive(HKDF-SHA256)") }
        return output
    }
}
