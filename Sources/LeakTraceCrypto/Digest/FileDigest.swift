/// The size and digests of one file, as `Digest.file(at:_:)` measured them in a single read.
///
/// ```swift
/// let measured = try Digest.file(at: url)
/// measured.byteCount, measured.hex(.sha256), measured.hex(.md5), measured.hex(.sm3)
/// ```
public struct FileDigest: Sendable, Hashable {
    /// Bytes read, which equals the file's size at open and at close (checked).
    public let byteCount: Int
    public let digests: [HashAlgorithm: [UInt8]]

    public init(byteCount: Int, digests: [HashAlgorithm: [UInt8]]) {
        self.byteCount = byteCount
        self.digests = digests
    }

    /// Lowercase hex, or nil when that algorithm was not requested.
    public func hex(_ algorithm: HashAlgorithm) -> String? {
        digests[algorithm]?.hexString
    }
}
