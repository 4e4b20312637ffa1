#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeakTraceCore

/// A seized file opened read-only and read in large blocks, so a list of any size streams through
/// a fixed amount of memory.
///
/// ```swift
/// let file = try BlockFile(path: "seized/list.csv")
/// var block = [UInt8](repeating: 0, count: BlockFile.standardBlockSize)
/// while let count = try file.read(into: &block, from: 0), count > 0 { … }
/// try file.close()   // throws if the file changed while it was read
/// ```
/// Like the whole-file intake it opens with O_NOATIME where allowed and O_NONBLOCK (so a FIFO is
/// refused rather than blocking), and refuses a file whose size or modification time moved while
/// it was read: its hash would describe no version of it.
public final class BlockFile {
    /// 8 MiB: large enough that a read costs nothing beside parsing it, small enough that two
    /// blocks in flight stay far below the 512 MiB budget.
    public static let standardBlockSize = 8 << 20

    public let path: String
    /// Size when opened.
    public let size: Int
    public private(set) var bytesRead = 0
    private var descriptor: Int32
    private let opened: stat

    public init(path: String) throws {
        self.path = path
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK
        var fd = open(path, flags | EvidenceIntake.noAccessTime)
        if fd < 0 && errno == EPERM { fd = open(path, flags) }   // O_NOATIME needs ownership
        guard fd >= 0 else { throw LeakTraceError.unreadableFile(path: path, line: nil, reason: String(cString: strerror(errno)).lowercased()) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            systemClose(fd)
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            systemClose(fd)
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "is a directory")
        default:
            systemClose(fd)
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "not a regular file")
        }
        descriptor = fd
        opened = status
        size = Int(status.st_size)
    }

    deinit {
        if descriptor >= 0 { systemClose(descriptor) }
    }

    /// Fills `buffer` from `offset` to its end (or the file's end); returns how many bytes were read, 0 at the end.
    public func read(into buffer: inout [UInt8], from offset: Int) throws -> Int {
        var filled = offset
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: String(cString: strerror(errno)).lowercased())
            }
            if count == 0 { break }
            filled += count
        }
        bytesRead += filled - offset
        return filled - offset
    }

    /// Closes the file; throws if it changed while it was read.
    public func close() throws {
        defer {
            systemClose(descriptor)
            descriptor = -1
        }
        var after = stat()
        guard fstat(descriptor, &after) == 0 else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: String(cString: strerror(errno)).lowercased())
        }
        if bytesRead != size || Int(after.st_size) != size
            || after.st_mtim.tv_sec != opened.st_mtim.tv_sec || after.st_mtim.tv_nsec != opened.st_mtim.tv_nsec
        {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "changed while being read; its hash would match no version of it (take a stable copy)")
        }
    }
}

#if canImport(Glibc)
private func systemClose(_ fd: Int32) { _ = Glibc.close(fd) }
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(fd, buffer, count) }
#else
private func systemClose(_ fd: Int32) { _ = Darwin.close(fd) }
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(fd, buffer, count) }
#endif
