import Foundation

/// SHA-256, MD5 and SM3 of the same bytes in one pass, for the three integrity values an evidence
/// item carries (see `EvidenceItem`).
///
/// A value type with copy-on-write: copying it mid-stream forks the three contexts, so two copies
/// never feed each other's state.
///
/// ```swift
/// var digests = MultiDigest()
/// digests.update(block1); digests.update(block2)
/// let (sha256, md5, sm3) = digests.finalize()   // lowercase hex
/// ```
public struct MultiDigest {
    private var sha256: StreamingDigest
    private var md5: StreamingDigest
    private var sm3: StreamingDigest
    /// How many bytes were fed, which is the evidence item's size when fed a whole file.
    public private(set) var byteCount: Int = 0

    public init() {
        sha256 = StreamingDigest(.sha256)
        md5 = StreamingDigest(.md5)
        sm3 = StreamingDigest(.sm3)
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        makeUnique()
        sha256.update(bytes)
        md5.update(bytes)
        sm3.update(bytes)
        byteCount += bytes.count
    }

    public mutating func update<D: DataProtocol>(_ data: D) {
        for region in data.regions {
            region.withUnsafeBytes { update($0) }
        }
    }

    /// Call once.
    public mutating func finalize() -> (sha256: String, md5: String, sm3: String) {
        makeUnique()
        return (sha256.finalize().hexString, md5.finalize().hexString, sm3.finalize().hexString)
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&sha256) { sha256 = sha256.copy() }
        if !isKnownUniquelyReferenced(&md5) { md5 = md5.copy() }
        if !isKnownUniquelyReferenced(&sm3) { sm3 = sm3.copy() }
    }
}

@available(*, unavailable, message: "holds OpenSSL digest contexts, which must stay on one thread")
extension MultiDigest: Sendable {}
