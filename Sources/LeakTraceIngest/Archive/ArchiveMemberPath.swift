#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The virtual path of a file inside a zip archive, `archive.zip!/dir/list.csv`, nested as
/// `outer.zip!/inner.zip!/list.csv`: how archive members become evidence items of their own.
///
/// ```swift
/// let member = ArchiveMemberPath("seized/box.zip!/2019/list.csv")
/// member?.archive   // "seized/box.zip"
/// member?.inner     // "2019/list.csv"
/// ```
/// A path that exists on disk is never taken for a member, and the archive is the shortest prefix
/// ending before a `!/` that is a regular file, so folder names containing `!` still work.
public struct ArchiveMemberPath: Sendable, Equatable {
    public static let separator = "!/"

    /// The archive on disk.
    public let archive: String
    /// The member's name in the archive; for a nested archive, `inner.zip!/name`.
    public let inner: String

    public init?(_ path: String) {
        guard path.contains(Self.separator), !Self.exists(path) else { return nil }
        var searchStart = path.startIndex
        while let range = path.range(of: Self.separator, range: searchStart..<path.endIndex) {
            let prefix = String(path[..<range.lowerBound])
            if Self.isRegularFile(prefix) {
                self.archive = prefix
                self.inner = String(path[range.upperBound...])
                return
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// The virtual path of `member` inside `container` (itself a path or a virtual path).
    public static func joined(_ container: String, _ member: String) -> String {
        container + separator + member
    }

    /// Whether the name says zip: archives are recognised by name, so an .xlsx (also a zip) stays a workbook.
    public static func isZipName(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".zip")
    }

    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
