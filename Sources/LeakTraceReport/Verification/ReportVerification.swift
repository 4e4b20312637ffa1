/// The outcome of checking a report directory. `ok` is true only when the signature verifies and
/// every file is present, listed and unchanged; each failure names its file first.
///
/// ```swift
/// let result = ReportVerifier.verify(directory: dir)
/// if !result.ok { result.failures.forEach { print($0) } }   // "report.html: SHA-256 does not match the manifest"
/// ```
public struct ReportVerification: Sendable, Hashable {
    public var ok: Bool
    public var failures: [String]
    /// Fingerprint of the key the signature was checked with (empty when no key could be read).
    public var publicKeyFingerprint: String

    public init(ok: Bool, failures: [String], publicKeyFingerprint: String) {
        self.ok = ok
        self.failures = failures
        self.publicKeyFingerprint = publicKeyFingerprint
    }
}
