import COpenSSL
import Foundation

extension AESGCM {
    /// Opens many sealed boxes under one key with one OpenSSL context: the key schedule is set up
    /// once, and each box only sets its nonce. One opener per thread; it is not shared.
    ///
    /// ```swift
    /// let opener = try AESGCM.Opener(key: key)
    /// for blob in blobs { plain.append(try opener.open(combined: blob, aad: aad(for: blob))) }
    /// ```
    /// `open(_:key:aad:)` makes a context and expands the key for every box; loading a million
    /// canaries spends more time there than in decrypting them.
    public final class Opener {
        private let context: OpaquePointer

        public init(key: [UInt8]) throws {
            guard key.count == keyLength else { throw CryptoError("AES-256-GCM: key must be \(keyLength) bytes, got \(key.count)") }
            guard let context = EVP_CIPHER_CTX_new() else { throw CryptoError.openSSL("EVP_CIPHER_CTX_new") }
            self.context = context
            guard EVP_DecryptInit_ex2(context, FetchedAlgorithm.aes256GCM.pointer, key, nil, nil) == 1 else {
                throw CryptoError.openSSL("AES-256-GCM: EVP_DecryptInit_ex2")
            }
        }

        deinit { EVP_CIPHER_CTX_free(context) }

        /// Opens `nonce ‖ ciphertext ‖ tag`, as `open(SealedBox(combined:), key:, aad:)` does.
        /// - Throws: `CryptoError` if anything was altered or the key is wrong; no unauthenticated
        ///   plaintext is returned, and the opener stays usable for the next box.
        public func open(combined: Data, aad: [UInt8]) throws -> [UInt8] {
            guard combined.count >= nonceLength + tagLength else {
                throw CryptoError("AES-256-GCM: sealed box is \(combined.count) bytes, shorter than nonce and tag")
            }
            guard aad.count < Int(Int32.max), combined.count < Int(Int32.max) else { throw CryptoError("AES-256-GCM: message too large") }
            let count = combined.count - nonceLength - tagLength
            var plaintext = [UInt8](repeating: 0, count: count + 1)
            let status = combined.withUnsafeBytes { raw -> Int32 in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let base = bytes.baseAddress,
                      EVP_DecryptInit_ex2(context, nil, nil, base, nil) == 1 else { return -1 }
                var written: Int32 = 0
                if !aad.isEmpty {
                    var ignored: Int32 = 0
                    guard EVP_DecryptUpdate(context, nil, &ignored, aad, Int32(aad.count)) == 1 else { return -1 }
                }
                return plaintext.withUnsafeMutableBufferPointer { out -> Int32 in
                    if count > 0 {
                        guard EVP_DecryptUpdate(context, out.baseAddress, &written, base + nonceLength, Int32(count)) == 1 else { return -1 }
                    }
                    // OpenSSL reads the expected tag through a mutable pointer but does not change it.
                    let tag = UnsafeMutableRawPointer(mutating: base + nonceLength + count)
                    guard EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, Int32(tagLength), tag) == 1 else { return -1 }
                    var finalWritten: Int32 = 0
                    let final = EVP_DecryptFinal_ex(context, out.baseAddress! + Int(written), &finalWritten)
                    return final == 1 && Int(written + finalWritten) == count ? 1 : -1
                }
            }
            guard status == 1 else {
                plaintext.withUnsafeMutableBytes { OPENSSL_cleanse($0.baseAddress, $0.count) }
                ERR_clear_error()
                throw CryptoError("AES-256-GCM: authentication failed (wrong key, or ciphertext, tag, nonce or AAD altered)")
            }
            plaintext.removeLast()
            return plaintext
        }
    }
}
