import COpenSSL

/// An algorithm implementation fetched once from OpenSSL's default provider and kept for the life
/// of the process.
///
/// Fetching by name takes a lock and searches the provider store; doing it per call made small
/// hashes (Merkle nodes, keyed indexes) several times slower. OpenSSL documents fetched
/// `EVP_MD`/`EVP_MAC`/`EVP_KDF`/`EVP_CIPHER` objects as immutable and shareable between threads,
/// hence `@unchecked Sendable`. They are never freed on purpose: they live as long as the process.
struct FetchedAlgorithm: @unchecked Sendable {
    let pointer: OpaquePointer

    private init(_ pointer: OpaquePointer?, _ name: String) {
        guard let pointer else { CryptoError.fatal("fetching \(name) from OpenSSL's default provider") }
        self.pointer = pointer
    }

    static let sha256 = FetchedAlgorithm(EVP_MD_fetch(nil, "SHA256", nil), "SHA256")
    static let md5 = FetchedAlgorithm(EVP_MD_fetch(nil, "MD5", nil), "MD5")
    static let sm3 = FetchedAlgorithm(EVP_MD_fetch(nil, "SM3", nil), "SM3")
    static let hmac = FetchedAlgorithm(EVP_MAC_fetch(nil, "HMAC", nil), "HMAC")
    static let hkdf = FetchedAlgorithm(EVP_KDF_fetch(nil, "HKDF", nil), "HKDF")
    static let aes256GCM = FetchedAlgorithm(EVP_CIPHER_fetch(nil, "AES-256-GCM", nil), "AES-256-GCM")
}
