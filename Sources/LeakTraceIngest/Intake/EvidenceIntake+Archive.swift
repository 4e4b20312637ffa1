#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeakTraceCore

extension EvidenceIntake {
    /// Archives inside archives are followed this deep; deeper ones are listed as files (and refused when read).
    static let maxArchiveNesting = 4

    /// The members of the zip archive at `path` as virtual paths, nested archives expanded, sorted by
    /// name. An archive that cannot be opened, or holds no files, is listed as itself, so that it is
    /// still recorded as evidence and reading it gives the one-line reason.
    func archiveMembers(path: String) -> [String] {
        guard let size = Self.regularFileSize(path), let archive = try? ZipArchive(fileAt: path, byteCount: size) else {
            return [path]
        }
        var budget = ExpansionBudget(limits: limits, containerBytes: size)
        let members = list(archive, budget: &budget, depth: 1)
        return members.isEmpty ? [path] : members
    }

    private func list(_ archive: ZipArchive, budget: inout ExpansionBudget, depth: Int) -> [String] {
        var paths: [String] = []
        for member in archive.members {
            let virtual = ArchiveMemberPath.joined(archive.label, member.name)
            if ArchiveMemberPath.isZipName(member.name), depth < Self.maxArchiveNesting,
               let bytes = try? archive.extract(member, budget: &budget),
               let nested = try? ZipArchive(bytes: bytes, label: virtual)
            {
                var nestedBudget = budget.nested(containerBytes: bytes.count)
                let inner = list(nested, budget: &nestedBudget, depth: depth + 1)
                paths += inner.isEmpty ? [virtual] : inner
            } else {
                paths.append(virtual)
            }
        }
        return paths
    }

    /// The bytes of an archive member, inflated within the limits, through any nested archives.
    func memberBytes(_ member: ArchiveMemberPath, path: String) throws -> [UInt8] {
        guard let size = Self.regularFileSize(member.archive) else {
            throw LeakTraceError.unreadableFile(path: member.archive, line: nil, reason: "not a regular file")
        }
        var archive = try ZipArchive(fileAt: member.archive, byteCount: size)
        var budget = ExpansionBudget(limits: limits, containerBytes: size)
        var rest = member.inner
        for _ in 0..<Self.maxArchiveNesting {
            if let found = archive.member(named: rest) {
                return try archive.extract(found, budget: &budget)
            }
            // Not a member itself: the part before a `!/` may name an archive inside this one.
            var next: (member: ZipArchive.Member, remainder: String)?
            var searchStart = rest.startIndex
            while next == nil, let range = rest.range(of: ArchiveMemberPath.separator, range: searchStart..<rest.endIndex) {
                if let nested = archive.member(named: String(rest[..<range.lowerBound])) {
                    next = (nested, String(rest[range.upperBound...]))
                }
                searchStart = range.upperBound
            }
            guard let next else { break }
            let bytes = try archive.extract(next.member, budget: &budget)
            archive = try ZipArchive(bytes: bytes, label: ArchiveMemberPath.joined(archive.label, next.member.name))
            budget = budget.nested(containerBytes: bytes.count)
            rest = next.remainder
        }
        throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "no such member in the archive")
    }

    static func regularFileSize(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
