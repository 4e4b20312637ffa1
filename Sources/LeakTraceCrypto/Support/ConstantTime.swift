import COpenSSL

/// Comparison of secrets (MACs, key-check values) in time that does not depend on where the
/// inputs first differ, so an attacker timing a registry cannot guess a MAC byte by byte.
///
/// ```swift
/// if ConstantTime.isEqual(HMAC.sha256(key: key, message: row), storedTag) { … }
/// ```
public enum ConstantTime {
    /// Lengths are not secret (every MAC here has a fixed length), so unequal lengths return early.
    public static func isEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { l in
            rhs.withUnsafeBytes { r in
                CRYPTO_memcmp(l.baseAddress, r.baseAddress, l.count) == 0
            }
        }
    }
}
