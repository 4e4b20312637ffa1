import COpenSSL

/// AES-256-GCM authenticated encryption, for canary plaintext at rest in the registry (issue 7):
/// a copied database file alone must reveal no canary, and an edited one must fail to open.
///
/// Keys are 32 bytes, nonces 12 bytes, tags 16 bytes. A nonce must never repeat under one key;
/// `seal(_:key:aad:)` (in `AESGCM.SealedBox`) draws a random one for you.
///
/// ```swift
/// let (ciphertext, tag) = try AESGCM.seal(plaintext, key: key, nonce: nonce, aad: canaryID)
/// let back = try AESGCM.open(ciphertext, tag: tag, key: key, nonce: nonce, aad: canaryID)
/// ```
public enum AESGCM {
    public static let keyLength = 32
    public static let nonceLength = 12
    public static let tagLength = 16

    public static func seal(
        _ plaintext: [UInt8], key: [UInt8], nonce: [UInt8], aad: [UInt8]
    ) throws -> (ciphertext: [UInt8], tag: [UInt8]) {
        try checkSizes(key: key, nonce: nonce, dataCount: plaintext.count)
        guard let context = EVP_CIPHER_CTX_new() else { throw CryptoError.openSSL("EVP_CIPHER_CTX_new") }
        defer { EVP_CIPHER_CTX_free(context) }
        guard EVP_EncryptInit_ex2(context, FetchedAlgorithm.aes256GCM.pointer, key, nonce, nil) == 1 else {
            throw CryptoError.openSSL("AES-256-GCM: EVP_EncryptInit_ex2")
        }
        try feedAAD(aad, to: context, EVP_EncryptUpdate)

        // GCM is a stream mode: output length equals input length, nothing is held back.
        var ciphertext = [UInt8](repeating: 0, count: plaintext.count + 1)
        var written: Int32 = 0
        var finalWritten: Int32 = 0
        let status = ciphertext.withUnsafeMutableBufferPointer { out -> Int32 in
            if !plaintext.isEmpty {
                guard EVP_EncryptUpdate(context, out.baseAddress, &written, plaintext, Int32(plaintext.count)) == 1
                else { return 0 }
            }
            return EVP_EncryptFinal_ex(context, out.baseAddress! + Int(written), &finalWritten)
        }
        guard status == 1, Int(written + finalWritten) == plaintext.count else {
            throw CryptoError.openSSL("AES-256-GCM: encryption")
        }
        ciphertext.removeLast()

        var tag = [UInt8](repeating: 0, count: tagLength)
        let tagStatus = tag.withUnsafeMutableBytes {
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_GET_TAG, Int32(tagLength), $0.baseAddress)
        }
        guard tagStatus == 1 else { throw CryptoError.openSSL("AES-256-GCM: reading the tag") }
        return (ciphertext, tag)
    }

    /// - Throws: `CryptoError` if the ciphertext, tag, nonce or AAD was altered or the key is wrong.
    ///   No unauthenticated plaintext is ever returned.
    public static func open(
        _ ciphertext: [UInt8], tag: [UInt8], key: [UInt8], nonce: [UInt8], aad: [UInt8]
    ) throws -> [UInt8] {
        try checkSizes(key: key, nonce: nonce, dataCount: ciphertext.count)
        // Truncated tags are legal GCM but weaken it; this format always stores full tags.
        guard tag.count == tagLength else {
            throw CryptoError("AES-256-GCM: tag must be \(tagLength) bytes, got \(tag.count)")
        }
        guard let context = EVP_CIPHER_CTX_new() else { throw CryptoError.openSSL("EVP_CIPHER_CTX_new") }
        defer { EVP_CIPHER_CTX_free(context) }
        guard EVP_DecryptInit_ex2(context, FetchedAlgorithm.aes256GCM.pointer, key, nonce, nil) == 1 else {
            throw CryptoError.openSSL("AES-256-GCM: EVP_DecryptInit_ex2")
        }
        try feedAAD(aad, to: context, EVP_DecryptUpdate)

        var plaintext = [UInt8](repeating: 0, count: ciphertext.count + 1)
        var written: Int32 = 0
        var finalWritten: Int32 = 0
        var expectedTag = tag
        let status = plaintext.withUnsafeMutableBufferPointer { out -> Int32 in
            if !ciphertext.isEmpty {
                guard EVP_DecryptUpdate(context, out.baseAddress, &written, ciphertext, Int32(ciphertext.count)) == 1
                else { return -1 }
            }
            let tagSet = expectedTag.withUnsafeMutableBytes {
                EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, Int32(tagLength), $0.baseAddress)
            }
            guard tagSet == 1 else { return -1 }
            return EVP_DecryptFinal_ex(context, out.baseAddress! + Int(written), &finalWritten)
        }
        guard status == 1, Int(written + finalWritten) == ciphertext.count else {
            // Wipe whatever was decrypted before the tag check failed.
            plaintext.withUnsafeMutableBytes { OPENSSL_cleanse($0.baseAddress, $0.count) }
            ERR_clear_error()
            throw CryptoError("AES-256-GCM: authentication failed (wrong key, or ciphertext, tag, nonce or AAD altered)")
        }
        plaintext.removeLast()
        return plaintext
    }

    private static func checkSizes(key: [UInt8], nonce: [UInt8], dataCount: Int) throws {
        guard key.count == keyLength else {
            throw CryptoError("AES-256-GCM: key must be \(keyLength) bytes, got \(key.count)")
        }
        guard nonce.count == nonceLength else {
            throw CryptoError("AES-256-GCM: nonce must be \(nonceLength) bytes, got \(nonce.count)")
        }
        // OpenSSL counts in Int32; GCM's own limit (about 64 GiB) is further off.
        guard dataCount < Int(Int32.max) else { throw CryptoError("AES-256-GCM: message too large") }
    }

    private static func feedAAD(
        _ aad: [UInt8], to context: OpaquePointer,
        _ update: (OpaquePointer?, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int32>?,
            UnsafePointer<UInt8>?, Int32) -> Int32
    ) throws {
        guard !aad.isEmpty else { return }
        guard aad.count < Int(Int32.max) else { throw CryptoError("AES-256-GCM: AAD too large") }
        var ignored: Int32 = 0
        // A NULL output buffer tells OpenSSL these bytes are authenticated, not encrypted.
        guard update(context, nil, &ignored, aad, Int32(aad.count)) == 1 else {
            throw CryptoError.openSSL("AES-256-GCM: authenticating AAD")
        }
    }
}
