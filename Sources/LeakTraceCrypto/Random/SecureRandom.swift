import COpenSSL

/// Cryptographically secure random bytes from OpenSSL's DRBG, for keys, nonces and registry
/// secrets. Everything else in LeakTrace must be reproducible and uses `DeterministicRandom`.
///
/// ```swift
/// let secret = SecureRandom.bytes(32)
/// ```
public enum SecureRandom {
    /// Stops the process if OpenSSL cannot supply randomness: a predictable key is worse than none.
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "count must not be negative")
        precondition(count <= Int(Int32.max), "request at most 2 GiB of random bytes at a time")
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        let status = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(count)) }
        guard status == 1 else { CryptoError.fatal("RAND_bytes") }
        return bytes
    }
}
