#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LeakTraceCore

extension EvidenceIntake {
    /// Expands folders recursively (sorted, deterministic; hidden files skipped) into files, and .zip
    /// archives into their members (`box.zip!/dir/list.csv`, nested archives too); a missing path
    /// throws a one-line error naming it.
    ///
    /// ```swift
    /// try EvidenceIntake().expand(["seized/", "extra.csv"])
    /// // ["seized/a.csv", "seized/box.zip!/list.csv", "seized/sub/b.txt", "extra.csv"]
    /// ```
    /// Names are sorted by their UTF-8 bytes, so the order is the same on every machine and locale.
    /// Symbolic links to folders are not followed (they could loop); links to files are. A path named
    /// outright is taken even if hidden, and each file is listed once.
    public func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        var listed = Set<String>()
        func add(_ file: String) {
            let entries = ArchiveMemberPath.isZipName(file) ? archiveMembers(path: file) : [file]
            for entry in entries where listed.insert(entry).inserted { files.append(entry) }
        }
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: String(cString: strerror(errno)).lowercased())
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                try walk(path, into: add)
            } else {
                add(path)
            }
        }
        return files
    }

    private func walk(_ directory: String, into add: (String) -> Void) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LeakTraceError.unreadableFile(path: directory, line: nil, reason: "cannot list the folder")
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let path = base + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }   // vanished since listing
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(path, into: add)
            case S_IFREG:
                add(path)
            case S_IFLNK:
                var target = stat()
                if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG { add(path) }
            default:
                continue   // FIFOs, sockets and devices are not seized files, and reading one could block
            }
        }
    }
}
