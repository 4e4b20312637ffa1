#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LeakTraceCore

/// Puts a finished file in place so that a crash leaves either nothing or the whole file under
/// the final name, and never replaces an existing file.
///
/// ```swift
/// let partial = try DurableFile.createPartial(for: "backup.db")   // ".backup.db.partial", mode 0600
/// // … write the file …
/// try DurableFile.publish(partial, as: "backup.db")
/// ```
/// `link(2)` fails when the name is taken, unlike `rename(2)`, so two processes writing the same
/// backup name cannot overwrite each other.
enum DurableFile {
    /// A fresh, empty, owner-only file beside `path`, for writing before `publish`.
    static func createPartial(for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial").path
        for leftover in [partial, partial + "-wal", partial + "-shm", partial + "-journal"] {
            try? FileManager.default.removeItem(atPath: leftover)
        }
        guard FileManager.default.createFile(atPath: partial, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw LeakTraceError.registry("cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
        }
        return partial
    }

    /// Flushes `partial` to disk and gives it the name `path`, refusing to replace a file there.
    static func publish(_ partial: String, as path: String) throws {
        try sync(partial)
        guard link(partial, path) == 0 else {
            let reason = errno == EEXIST ? "already exists; it is never overwritten" : String(cString: strerror(errno)).lowercased()
            throw LeakTraceError.registry("\(path) \(reason)")
        }
        unlink(partial)
        try sync(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    static func discard(_ partial: String) {
        for name in [partial, partial + "-wal", partial + "-shm", partial + "-journal"] {
            try? FileManager.default.removeItem(atPath: name)
        }
    }

    private static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw LeakTraceError.registry("cannot open \(path) to flush it") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw LeakTraceError.registry("cannot flush \(path) to disk") }
    }
}
