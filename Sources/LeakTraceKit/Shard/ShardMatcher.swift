import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceIngest
import LeakTraceMatching

/// The map step of a distributed match: finds the canaries in one piece of a seized delimited list
/// and reports hits and counts, without writing anything to the registry.
///
/// ```swift
/// let summary = try ShardMatcher(workspace: workspace).match(input: bytes) { line in
///     FileHandle.standardOutput.write(try line.jsonLine())
/// }
/// summary.counts.rows   // records in this piece
/// ```
///
/// Side-effect free by design so an engine can run it on many pieces at once and retry a failed
/// piece: the registry is only read (canaries, pipeline, identity), and the case is recorded once,
/// by `ShardMerger`. A piece is UTF-8 delimited text cut at line boundaries; only the first piece
/// carries the header, the others are read by content as a headerless list is.
public struct ShardMatcher: Sendable {
    public let workspace: Workspace
    public let weights: MatchWeights
    /// How records are read; both the whole and the streamed read use it.
    public var reader = DelimitedTextReader()
    /// Bytes per block when stdin is streamed (`match(descriptor:)`).
    public var blockSize = BlockFile.standardBlockSize

    /// What a hit's `file` says in shard output; `merge` replaces it with the evidence item's name.
    public static let inputLabel = "stdin"

    public init(workspace: Workspace, weights: MatchWeights = .standard) {
        self.workspace = workspace
        self.weights = weights
    }

    /// Matches `input`, read whole, handing each hit to `write` in input order, then the persons
    /// counted, then the summary (also returned). `match(descriptor:)` gives the same lines in bounded memory.
    ///
    /// `header` is the list's header line, for the pieces after the first: with it they are read by
    /// the same columns as the whole list. A piece that already starts with it is read as it is.
    @discardableResult
    public func match(input: [UInt8], header: String? = nil, write: (ShardLine) throws -> Void) throws -> ShardSummary {
        let canaries = try MatchCanaries.every(in: workspace)
        let matcher = RecordMatcher(index: CanaryIndex(canaries.people), weights: weights)
        let label = Self.inputLabel
        // A lossy decode keeps a damaged row readable as its neighbours are; digests stay those of the raw bytes.
        let prefix = Self.prefix(for: input, header: header)
        let text = DecodedText(path: label, encoding: .utf8, string: String(decoding: prefix + input, as: UTF8.self))
        // Keeps who was counted, so `merge` can count a person found on two pieces once.
        var counter = RecordCounter(keepingFirstFields: true)
        var locator = RecordLocator()
        var hits = 0
        let summary = try text.withUTF8 { bytes in
            try reader.read(text) { record in
                let decision = matcher.decide(record)
                let best = decision.hits.first
                counter.observe(record, file: label, isCanary: best != nil)
                guard let best, let canary = canaries.canary(best.canaryID) else { return }
                let (offset, line) = locator.locate(record.seen, in: bytes)
                // Offsets and lines are the piece's own: the header given on the command line is not in it.
                try write(.hit(ShardHit(offset: offset - prefix.count, line: line - (prefix.isEmpty ? 0 : 1), hit: CaseMatcher.hit(best, canary: canary, file: label, record: record))))
                hits += 1
            }
        }
        return try finish(
            bytes: input.count, digests: (Self.hex(.sha256, input), Self.hex(.md5, input), Self.hex(.sm3, input)),
            summary: summary, counter: counter, hits: hits, canaries: canaries, write: write)
    }

    /// The piece's closing lines, whether it was read whole or streamed: who was counted, then the summary.
    func finish(
        bytes: Int, digests: (sha256: String, md5: String, sm3: String), summary: ReadSummary, counter: RecordCounter,
        hits: Int, canaries: MatchCanaries, write: (ShardLine) throws -> Void
    ) throws -> ShardSummary {
        try canaries.check()
        let result = ShardSummary(
            bytes: bytes, sha256: digests.sha256, md5: digests.md5, sm3: digests.sm3,
            records: summary.records, format: summary.format ?? DelimitedTextReader.format, skipped: summary.skipped,
            counts: counter.counts, hits: hits, registryFingerprint: try workspace.fingerprint(),
            canarySet: Self.canarySet(ids: canaries.ids))
        try write(.persons(ShardPersons(counter)))
        try write(.summary(result))
        return result
    }

    /// The header line to read the piece under, or nothing when there is none or the piece has it.
    static func prefix(for input: [UInt8], header: String?) -> [UInt8] {
        guard let header, !header.isEmpty else { return [] }
        let line = Array(header.utf8)
        let firstLine = input.prefix { $0 != 0x0A }
        let trimmed = firstLine.last == 0x0D ? firstLine.dropLast() : firstLine[...]
        return trimmed.elementsEqual(line) ? [] : line + [0x0A]
    }

    /// Names the set of canaries matched against, so shards matched before and after a new plant can't be merged.
    public static func canarySet(ids: [String]) -> String {
        Digest.sha256Hex(Array(ids.sorted().joined(separator: "\n").utf8))
    }

    static func hex(_ algorithm: HashAlgorithm, _ bytes: [UInt8]) -> String {
        let digest = StreamingDigest(algorithm)
        digest.update(bytes)
        return digest.finalize().hexString
    }
}
