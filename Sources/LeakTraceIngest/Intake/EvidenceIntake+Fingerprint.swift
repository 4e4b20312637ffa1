import Foundation
import LeakTraceCrypto

extension EvidenceIntake {
    /// Size and digests (SHA-256, MD5, SM3) of the bytes `read(path:)` will read, taken before matching
    /// so the intake can be recorded first; `read` hashes again, and a difference means the file changed.
    ///
    /// ```swift
    /// let digest = try EvidenceIntake().fingerprint(path: "box.zip!/list.csv")
    /// digest.hex(.sha256)   // of the member's inflated bytes, as `read` reports it
    /// ```
    /// A plain file is hashed streaming, in constant memory; an archive member is inflated within
    /// `limits` and hashed in memory.
    public func fingerprint(path: String) throws -> FileDigest {
        guard let member = ArchiveMemberPath(path) else {
            return try Digest.file(at: URL(fileURLWithPath: path))
        }
        let bytes = try memberBytes(member, path: path)
        var digests: [HashAlgorithm: [UInt8]] = [:]
        for algorithm in HashAlgorithm.allCases {
            digests[algorithm] = Digest.hash(bytes, algorithm)
        }
        return FileDigest(byteCount: bytes.count, digests: digests)
    }
}
