import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Digest {
    /// Read size for files: large enough that system calls cost nothing next to hashing, small
    /// enough to stay in cache while three hashes pass over it.
    public static let fileBlockSize = 1 << 20

    /// Hashes a file with each requested algorithm in one streaming pass, in 1 MiB blocks, so a
    /// multi-gigabyte seized dump needs no more memory than a small one.
    ///
    /// Refuses anything but a regular file (directories, FIFOs, devices), and throws if the file's
    /// size or modification time changed while it was read: such digests would certify bytes that
    /// no longer exist, which is worse for evidence than no digest at all.
    ///
    /// ```swift
    /// let measured = try Digest.file(at: URL(fileURLWithPath: "/cases/a/list.csv"))
    /// let sha = measured.hex(.sha256)!
    /// let quick = try Digest.file(at: url, [.sha256])   // only what is needed
    /// ```
    public static func file(
        at url: URL, _ algorithms: Set<HashAlgorithm> = Set(HashAlgorithm.allCases)
    ) throws -> FileDigest {
        guard url.isFileURL else { throw CryptoError("\(url.absoluteString): not a file URL") }
        let path = url.path
        let descriptor = url.withUnsafeFileSystemRepresentation { representation -> Int32 in
            guard let representation else { return -1 }
            return open(representation, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw CryptoError("\(path): cannot open: \(systemError())") }
        defer { close(descriptor) }

        let before = try status(of: descriptor, path: path)
        guard (before.st_mode & S_IFMT) == S_IFREG else {
            let kind = (before.st_mode & S_IFMT) == S_IFDIR ? "a directory" : "not a regular file"
            throw CryptoError("\(path): is \(kind); only regular files can be hashed")
        }

        // Fixed order, so the work done does not depend on Set iteration order.
        let digests = HashAlgorithm.allCases.filter(algorithms.contains).map(StreamingDigest.init)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: fileBlockSize, alignment: 64)
        defer { buffer.deallocate() }

        var total = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw CryptoError("\(path): read failed after \(total) bytes: \(systemError())")
            }
            if count == 0 { break }
            let block = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            for digest in digests { digest.update(block) }
            total += count
        }

        let after = try status(of: descriptor, path: path)
        guard Int(before.st_size) == total, after.st_size == before.st_size,
            modificationTime(before) == modificationTime(after)
        else {
            throw CryptoError(
                "\(path): file changed while being hashed (size \(before.st_size) at open, "
                    + "\(after.st_size) at close, \(total) bytes read); hash a stable copy")
        }
        var result: [HashAlgorithm: [UInt8]] = [:]
        for digest in digests { result[digest.algorithm] = digest.finalize() }
        return FileDigest(byteCount: total, digests: result)
    }

    private static func status(of descriptor: Int32, path: String) throws -> stat {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw CryptoError("\(path): cannot stat: \(systemError())")
        }
        return info
    }

    private static func modificationTime(_ info: stat) -> (Int, Int) {
        #if os(Linux)
        (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #else
        (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #endif
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
