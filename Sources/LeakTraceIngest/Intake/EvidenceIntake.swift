#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeakTraceCore
import LeakTraceCrypto

/// Takes seized files in: hashes their raw bytes, detects encoding and format, and streams their records.
///
/// ```swift
/// let intake = EvidenceIntake()
/// for path in try intake.expand(["seized/"]) {          // zip members come back as "box.zip!/list.csv"
///     let digest = try intake.fingerprint(path: path)   // recorded before matching begins
///     let (file, summary) = try intake.read(path: path) { record in matcher.check(record) }
///     print(file.sha256, file.format, summary.records, summary.skipped)
/// }
/// ```
/// The file is opened read-only (with O_NOATIME where the system allows) and never locked or
/// written. It is read whole into memory for now, so files are limited to `maxFileBytes`;
/// streaming large files is a later step. Archive members are inflated within `limits`.
public struct EvidenceIntake: Sendable {
    public let registry: ReaderRegistry
    /// Files above this size are refused with a clear error rather than exhausting memory.
    public let maxFileBytes: Int
    /// How far zip archives and workbooks may expand (the zip-bomb guard).
    public let limits: ExpansionLimits

    public init(registry: ReaderRegistry = .standard, maxFileBytes: Int = 2 << 30, limits: ExpansionLimits = .standard) {
        self.registry = registry
        self.maxFileBytes = maxFileBytes
        self.limits = limits
    }

    /// Hashes the raw bytes (SHA-256, MD5, SM3 in one pass), detects encoding and format, and streams
    /// records. A file that is no known format throws a one-line error naming it. `path` may name an
    /// archive member (`box.zip!/list.csv`); its integrity values are those of the member's bytes.
    public func read(path: String, emit: (SeizedRecord) throws -> Void) throws -> (EvidenceFile, ReadSummary) {
        let bytes: [UInt8]
        var digest = MultiDigest()
        if let member = ArchiveMemberPath(path) {
            bytes = try memberBytes(member, path: path)
            bytes.withUnsafeBytes { digest.update($0) }
        } else {
            bytes = try load(path: path, digest: &digest)
        }
        let digests = digest.finalize()
        if ArchiveMemberPath.isZipName(path) {
            let archive = try ZipArchive(bytes: bytes, label: path)   // throws the damage, if any
            let reason = archive.members.isEmpty
                ? "zip archive holds no files"
                : "is a zip archive; its \(archive.members.count) files are evidence items of their own (expand lists them)"
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: reason)
        }
        let sample = FileSample(
            path: path, head: Array(bytes.prefix(TextDecoding.sampleSize)), isWholeFile: bytes.count <= TextDecoding.sampleSize
        )
        guard let readerType = registry.reader(for: sample) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "not a known format (binary or unrecognised content)")
        }
        let summary = try readerType.init().read(ReaderInput(path: path, bytes: bytes, sample: sample, limits: limits), emit: emit)
        let file = EvidenceFile(
            path: path, bytes: bytes.count, sha256: digests.sha256, md5: digests.md5, sm3: digests.sm3,
            encoding: summary.encoding ?? sample.encoding, format: summary.format ?? readerType.format
        )
        return (file, summary)
    }

    /// Reads the whole file through one read-only descriptor, feeding the digest as it goes, and
    /// refuses a file that changed while it was read (its hash would describe no version of it).
    func load(path: String, digest: inout MultiDigest) throws -> [UInt8] {
        func failure(_ reason: String) -> LeakTraceError {
            LeakTraceError.unreadableFile(path: path, line: nil, reason: reason)
        }
        // O_NONBLOCK so that a FIFO named as evidence is refused below instead of blocking the open.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        var descriptor = open(path, flags | Self.noAccessTime)
        if descriptor < 0 && errno == EPERM {   // O_NOATIME needs ownership; reading still must not fail
            descriptor = open(path, flags)
        }
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno)).lowercased()) }
        defer { close(descriptor) }

        var before = stat()
        guard fstat(descriptor, &before) == 0 else { throw failure(String(cString: strerror(errno)).lowercased()) }
        switch before.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure("is a directory")
        default: throw failure("not a regular file")
        }
        let expected = Int(before.st_size)
        guard expected <= maxFileBytes else {
            throw failure("\(expected) bytes is more than the \(maxFileBytes)-byte limit for a file read whole")
        }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Self.systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { break }
            chunk.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= maxFileBytes else { throw failure("grew past the \(maxFileBytes)-byte limit while being read") }
        }

        var after = stat()
        guard fstat(descriptor, &after) == 0 else { throw failure(String(cString: strerror(errno)).lowercased()) }
        if bytes.count != expected || Int(after.st_size) != expected
            || after.st_mtim.tv_sec != before.st_mtim.tv_sec || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec
        {
            throw failure("changed while being read; its hash would match no version of it (take a stable copy)")
        }
        return bytes
    }

    #if os(Linux)
    /// O_NOATIME (01000000 in asm-generic/fcntl.h): Glibc hides it behind _GNU_SOURCE, so Swift does
    /// not import it. It keeps even the access time of seized files as it was.
    static let noAccessTime: Int32 = 0o1000000
    #else
    static let noAccessTime: Int32 = 0
    #endif

    #if canImport(Glibc)
    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
    #else
    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
    #endif
}
