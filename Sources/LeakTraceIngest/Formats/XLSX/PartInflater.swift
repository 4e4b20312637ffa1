import Foundation
import LeakTraceCore
import ZIPFoundation

/// Inflates one workbook part at a time on a helper thread while the calling thread parses it, so
/// a sheet of any size is parsed in the memory of a few 64 KiB chunks instead of as one whole
/// inflated XML document. The zip-bomb budget is that of `ZipArchive.extract`: a part whose
/// declared size passes its allowance is refused before inflating, and one that lies about its
/// size is stopped as soon as it inflates past it.
///
/// ```swift
/// let inflater = try PartInflater(bytes: input.bytes, label: input.path)
/// try inflater.parse(member, budget: &budget) { stream in
///     try XMLPartParser.parse(stream, part: member.name, handler: rows)
/// }
/// ```
/// `ZipArchive` keeps the member list (names, structure checks); this holds its own ZIPFoundation
/// archive over the same bytes, because `ZipArchive` offers whole-member extraction only.
final class PartInflater {
    /// Chunks in flight between the two threads.
    static let queuedChunks = 4
    static let chunkSize = 64 * 1024

    private let archive: Archive
    private let label: String

    init(bytes: [UInt8], label: String) throws {
        self.label = label
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ZipArchive.unreadable(label, error)
        }
    }

    /// What the helper thread needs. Unchecked Sendable: the archive is used by the helper thread
    /// only while the calling thread waits for it (`parse` joins it before returning).
    private struct Job: @unchecked Sendable {
        let archive: Archive
        let entry: Entry
        let allowance: Int
        let bomb: LeakTraceError
        let label: String
        let name: String
    }

    /// Runs `body` on a stream of `member`'s inflated bytes. An inflating failure (a zip bomb,
    /// damaged data) is thrown in preference to the parse failure it causes.
    func parse<T>(_ member: ZipArchive.Member, budget: inout ExpansionBudget, _ body: (ChunkInputStream) throws -> T) throws -> T {
        let compressed = Int(clamping: member.entry.compressedSize)
        let (allowance, binding) = budget.allowance(forCompressedBytes: compressed)
        let bomb = LeakTraceError.unreadableFile(
            path: label, line: nil,
            reason: "member \(member.name) expands past \(allowance) bytes (\(binding)); refused as a possible zip bomb")
        // The declared size is the archive maker's claim: refusing on it saves work, trusting it would not be safe.
        guard member.entry.uncompressedSize <= UInt64(allowance) else { throw bomb }

        let chunks = InflatedChunks(capacity: Self.queuedChunks)
        let job = Job(archive: archive, entry: member.entry, allowance: allowance, bomb: bomb, label: label, name: member.name)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            Self.inflate(job, into: chunks)
            done.signal()
        }
        thread.start()

        var result: Result<T, Error>
        do {
            result = .success(try body(ChunkInputStream(chunks)))
        } catch {
            result = .failure(error)
        }
        chunks.cancel()   // the parser may have stopped early: release the helper thread
        done.wait()
        if let failure = chunks.failure { throw failure }
        budget.spend(chunks.inflated)
        return try result.get()
    }

    private static func inflate(_ job: Job, into chunks: InflatedChunks) {
        var inflated = 0
        var exceeded = false
        do {
            _ = try job.archive.extract(job.entry, bufferSize: chunkSize) { chunk in
                inflated += chunk.count
                guard inflated <= job.allowance else {
                    exceeded = true
                    throw Archive.ArchiveError.cancelledOperation
                }
                guard chunks.put(chunk) else { throw Archive.ArchiveError.cancelledOperation }
            }
            chunks.finish(failure: nil)
        } catch {
            chunks.finish(failure: exceeded ? job.bomb : LeakTraceError.unreadableFile(
                path: job.label, line: nil, reason: "member \(job.name) cannot be inflated (\(ZipArchive.describe(error)))"))
        }
    }
}
