import Foundation
import LeakTraceCore
import ZIPFoundation

/// A zip container (a seized .zip, an .xlsx workbook) opened read-only, with its members listed
/// under stable names and inflated within an `ExpansionBudget`.
///
/// ```swift
/// let archive = try ZipArchive(bytes: workbookBytes, label: "list.xlsx")
/// var budget = ExpansionBudget(limits: .standard, containerBytes: workbookBytes.count)
/// let xml = try archive.extract(archive.member(named: "xl/workbook.xml")!, budget: &budget)
/// ```
/// Member names that are not flagged UTF-8 are decoded as UTF-8 when valid and as GB18030 otherwise:
/// Chinese Windows zips store GBK names without saying so, and ZIPFoundation would read them as CP437.
final class ZipArchive {
    struct Member {
        let name: String
        let entry: Entry
    }

    /// Names the container in errors (a path, or a virtual path for a nested archive).
    let label: String
    /// The container's size in bytes, which bounds how much it may expand.
    let byteCount: Int
    private let archive: Archive
    private(set) lazy var members: [Member] = listMembers()

    init(bytes: [UInt8], label: String) throws {
        self.label = label
        self.byteCount = bytes.count
        try Self.checkStructure(ZipDirectoryCheck(bytes: bytes), label: label)
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Self.unreadable(label, error)
        }
    }

    init(fileAt path: String, byteCount: Int) throws {
        self.label = path
        self.byteCount = byteCount
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot be opened for reading")
        }
        defer { try? handle.close() }
        try Self.checkStructure(ZipDirectoryCheck(byteCount: byteCount) { offset, count in
            if count == 0 { return [] }
            guard offset >= 0, count >= 0, (try? handle.seek(toOffset: UInt64(offset))) != nil,
                  let data = try? handle.read(upToCount: count), data.count == count
            else { return nil }
            return [UInt8](data)
        }, label: path)
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Self.unreadable(path, error)
        }
    }

    func member(named name: String) -> Member? {
        members.first { $0.name == name }
    }

    /// The member's bytes, inflated and checked against its CRC-32. Throws as soon as the output
    /// passes the budget's allowance, so a bomb costs at most the allowance in memory and time.
    func extract(_ member: Member, budget: inout ExpansionBudget) throws -> [UInt8] {
        let compressed = Int(clamping: member.entry.compressedSize)
        let (allowance, binding) = budget.allowance(forCompressedBytes: compressed)
        func bomb() -> LeakTraceError {
            LeakTraceError.unreadableFile(
                path: label, line: nil,
                reason: "member \(member.name) expands past \(allowance) bytes (\(binding)); refused as a possible zip bomb")
        }
        // The declared size is the archive maker's claim: refusing on it saves work, trusting it would not be safe.
        guard member.entry.uncompressedSize <= UInt64(allowance) else { throw bomb() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(clamping: member.entry.uncompressedSize), allowance))
        var exceeded = false
        do {
            _ = try archive.extract(member.entry, bufferSize: 64 * 1024) { chunk in
                guard bytes.count + chunk.count <= allowance else {
                    exceeded = true
                    throw Archive.ArchiveError.cancelledOperation
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if exceeded { throw bomb() }
            throw LeakTraceError.unreadableFile(path: label, line: nil, reason: "member \(member.name) cannot be inflated (\(Self.describe(error)))")
        }
        budget.spend(bytes.count)
        return bytes
    }

    /// Files only (no folders or links), without hidden names and macOS resource forks, in byte order of their names.
    private func listMembers() -> [Member] {
        var seen = Set<String>()
        var result: [Member] = []
        for entry in archive where entry.type == .file {
            let name = Self.name(of: entry)
            let components = name.split(separator: "/")
            guard let last = components.last, !components.contains(where: { $0.hasPrefix(".") || $0 == "__MACOSX" }),
                  !last.isEmpty, seen.insert(name).inserted   // a repeated name: the first one, as unzip takes it
            else { continue }
            result.append(Member(name: name, entry: entry))
        }
        return result.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    static func name(of entry: Entry) -> String {
        // Latin-1 maps each byte to one scalar, so this recovers the stored bytes exactly.
        let raw = entry.path(using: .isoLatin1).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let decoded = String(validating: raw, as: UTF8.self)
            ?? (try? TextDecoding.decode(raw, as: .gb18030))
            ?? String(decoding: raw, as: UTF8.self)
        var name = decoded.replacingOccurrences(of: "\\", with: "/")
        while name.hasPrefix("/") || name.hasPrefix("./") { name.removeFirst(name.hasPrefix("/") ? 1 : 2) }
        return name
    }

    private static func checkStructure(_ check: ZipDirectoryCheck, label: String) throws {
        if let problem = check.problem() {
            throw LeakTraceError.unreadableFile(path: label, line: nil, reason: "not a readable zip container, truncated or damaged (\(problem))")
        }
    }

    static func unreadable(_ label: String, _ error: Error) -> LeakTraceError {
        LeakTraceError.unreadableFile(path: label, line: nil, reason: "not a readable zip container, truncated or damaged (\(describe(error)))")
    }

    static func describe(_ error: Error) -> String {
        if let archiveError = error as? Archive.ArchiveError { return String(describing: archiveError) }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
