import COpenSSL

/// The hash functions an evidence item is fingerprinted with.
///
/// SHA-256 is the integrity value proper; MD5 is kept because Chinese police forms still ask for
/// it; SM3 (GB/T 32905) is China's national hash and may be given beside SHA-256, never instead.
///
/// ```swift
/// HashAlgorithm.sm3.displayName   // "SM3", as CASE/UCO's hashMethod vocabulary spells it
/// ```
public enum HashAlgorithm: String, Sendable, CaseIterable, Codable, Hashable {
    case sha256, md5, sm3

    /// The name used in reports and in CASE/UCO `hashMethod`.
    public var displayName: String {
        switch self {
        case .sha256: "SHA256"
        case .md5: "MD5"
        case .sm3: "SM3"
        }
    }

    /// Digest size in bytes.
    public var digestLength: Int {
        switch self {
        case .sha256, .sm3: 32
        case .md5: 16
        }
    }

    var fetched: FetchedAlgorithm {
        switch self {
        case .sha256: .sha256
        case .md5: .md5
        case .sm3: .sm3
        }
    }
}
