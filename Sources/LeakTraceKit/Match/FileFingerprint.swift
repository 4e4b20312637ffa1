import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceIngest

/// The intake's SHA-256, MD5 and SM3 of a plain file, the slow SM3 on one core and the two others
/// on the other, so the digests taken before matching cost the time of SM3 alone.
///
/// ```swift
/// let digest = try FileFingerprint.take(path: "seized/list.csv")
/// digest.hex(.sm3)   // as EvidenceIntake().fingerprint(path:) gives it
/// ```
/// Archive members are inflated in memory by the intake; they go through `EvidenceIntake.fingerprint`.
enum FileFingerprint {
    static func take(path: String, intake: EvidenceIntake) throws -> FileDigest {
        guard ArchiveMemberPath(path) == nil else { return try intake.fingerprint(path: path) }
        let groups: [[HashAlgorithm]] = [[.sm3], HashAlgorithm.allCases.filter { $0 != .sm3 }]
        let results = concurrentMap(count: groups.count) { i in Result { try digest(path: path, algorithms: groups[i]) } }
        var digests: [HashAlgorithm: [UInt8]] = [:]
        var size: Int?
        for result in results {
            let (bytes, found) = try result.get()
            if let size, size != bytes {
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "changed while being hashed (take a stable copy)")
            }
            size = bytes
            digests.merge(found) { a, _ in a }
        }
        return FileDigest(byteCount: size ?? 0, digests: digests)
    }

    private static func digest(path: String, algorithms: [HashAlgorithm]) throws -> (Int, [HashAlgorithm: [UInt8]]) {
        let file = try BlockFile(path: path)
        let hashers = algorithms.map { StreamingDigest($0) }
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = try file.read(into: &block, from: 0)
            if count == 0 { break }
            block.withUnsafeBytes { raw in
                for hasher in hashers { hasher.update(UnsafeRawBufferPointer(rebasing: raw[..<count])) }
            }
        }
        try file.close()
        var out: [HashAlgorithm: [UInt8]] = [:]
        for hasher in hashers { out[hasher.algorithm] = hasher.finalize() }
        return (file.bytesRead, out)
    }
}
