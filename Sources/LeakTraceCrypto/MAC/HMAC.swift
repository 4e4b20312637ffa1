/// HMAC (RFC 2104) with SHA-256, one message at a time. For many messages under one key, use
/// `HMACContext`, which this wraps.
///
/// ```swift
/// let tag = HMAC.sha256(key: key, message: Array("what do ya want for nothing?".utf8))
/// ```
public enum HMAC {
    public static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        HMACContext(key: key).authenticationCode(for: message)
    }
}
