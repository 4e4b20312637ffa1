import COpenSSL

/// A cryptographic operation failed: bad input (wrong key length, malformed hex, a tampered
/// ciphertext) or OpenSSL itself refused, in which case the message carries OpenSSL's own reason.
///
/// Messages never contain key material or plaintext, so they are safe to log and to show users.
///
/// ```swift
/// do { _ = try AESGCM.open(ciphertext, tag: tag, key: key, nonce: nonce, aad: []) }
/// catch let error as CryptoError { print(error) }   // "AES-256-GCM: authentication failed …"
/// ```
public struct CryptoError: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Drains OpenSSL's thread-local error queue into one message. Draining matters: a stale entry
    /// left behind would otherwise be blamed on the next, unrelated failure in this thread.
    static func openSSL(_ operation: String) -> CryptoError {
        var reasons: [String] = []
        var buffer = [CChar](repeating: 0, count: 256)
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            ERR_error_string_n(code, &buffer, buffer.count)
            let text = buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
            reasons.append(String(decoding: text, as: UTF8.self))
        }
        if reasons.isEmpty {
            return CryptoError("\(operation) failed (OpenSSL gave no reason)")
        }
        return CryptoError("\(operation) failed: \(reasons.joined(separator: "; "))")
    }

    /// For operations whose public signature cannot throw (hashing, random bytes): they fail only
    /// when OpenSSL is broken or out of memory, and carrying on would produce wrong evidence.
    static func fatal(_ operation: String) -> Never {
        fatalError(openSSL(operation).message)
    }
}
