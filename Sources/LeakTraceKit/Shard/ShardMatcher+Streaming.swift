import Foundation
import LeakTraceCore
import LeakTraceIngest
import LeakTraceMatching

extension ShardMatcher {
    /// Matches the piece read from `descriptor` (stdin for `match --shard`) in blocks, in bounded
    /// memory, writing exactly the lines `match(input:)` writes for the same bytes.
    ///
    /// ```swift
    /// try ShardMatcher(workspace: workspace).match(descriptor: STDIN_FILENO, header: header) { line in
    ///     FileHandle.standardOutput.write(try line.jsonLine())
    /// }
    /// ```
    ///
    /// The piece is copied to a temporary file (`ShardSpool`, hashed on the way) and read back by
    /// `DelimitedStream` with `RowTriage` in front of the matcher, as `match` reads a seized file.
    /// Memory is a few blocks plus the persons counted; disk is the piece's size, removed at the end.
    /// A piece that is not plain UTF-8 (invalid bytes, a BOM, NUL bytes) is read whole as before,
    /// because the whole read decodes it lossily where the streamed read would count lines as damaged.
    @discardableResult
    public func match(descriptor: Int32, header: String? = nil, write: (ShardLine) throws -> Void) throws -> ShardSummary {
        let spool = try ShardSpool(reading: descriptor, header: header, blockSize: blockSize)
        defer { spool.remove() }
        guard spool.isPlainUTF8 else { return try match(input: spool.piece(), header: header, write: write) }

        let canaries = try MatchCanaries.every(in: workspace)
        let index = CanaryIndex(canaries.people)
        let matcher = RecordMatcher(index: index, weights: weights)
        let label = Self.inputLabel
        let stream = DelimitedStream(reader: reader, blockSize: blockSize)
        var counter = RecordCounter(keepingFirstFields: true)
        var triage = RowTriage(index: index, file: label)
        var locator = StreamRecordLocator(keep: stream.blockSize)
        let prefix = spool.prefix.count
        var hits = 0
        let summary = try stream.read(
            path: spool.path,
            observe: { locator.observe($0) },
            dismiss: { triage.dismiss($0, counter: &counter) },
            emit: { record in
                let decision = matcher.decide(record)
                let best = decision.hits.first
                counter.observe(record, file: label, isCanary: best != nil)
                guard let best, let canary = canaries.canary(best.canaryID) else { return }
                let (offset, line) = locator.locate(record.seen)
                try write(.hit(ShardHit(offset: offset - prefix, line: line - (prefix == 0 ? 0 : 1),
                                        hit: CaseMatcher.hit(best, canary: canary, file: label, record: record))))
                hits += 1
            })
        return try finish(
            bytes: spool.bytes, digests: (spool.sha256, spool.md5, spool.sm3),
            summary: summary, counter: counter, hits: hits, canaries: canaries, write: write)
    }
}
