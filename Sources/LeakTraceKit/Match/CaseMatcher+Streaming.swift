import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceIngest
import LeakTraceMatching

extension CaseMatcher {
    /// Cores to match a streamed list on: `LEAKTRACE_MATCH_THREADS` when set (1 gives the plain
    /// one-thread path), else every active core.
    public static var standardThreads: Int {
        if let text = ProcessInfo.processInfo.environment["LEAKTRACE_MATCH_THREADS"], let value = Int(text), value > 0 { return value }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Matches a plain UTF-8 delimited file (the common seized list) streaming, in constant memory,
    /// with the byte-level prefilter (`RowTriage`) in front of the matcher; nil for any other file,
    /// which the intake then reads whole.
    ///
    /// The file is read once: SHA-256 while reading (checked against the intake's, as the intake
    /// does); MD5 and SM3 are the intake's, which the equal SHA-256 proves are of the same bytes.
    /// Records, counts and hits are exactly those of the whole-file reader.
    ///
    /// With more than one thread, the reading thread scans records and copies them into batches;
    /// the prefilter, the matcher (`verdict`) and the costly part of counting run on every core;
    /// the batches' results are folded in file order on the reading thread (`take`, and the counts
    /// replayed), so hits, links, counts and samples are those of the one-thread path, byte for byte.
    func streamDelimited(
        path: String, digest: FileDigest, plan: StreamPlan? = nil, index: CanaryIndex, counter: inout RecordCounter,
        meter: ((MatchProgress) -> Void)?, check: (SeizedRecord, inout RecordCounter) -> Void,
        verdict: @escaping @Sendable (SeizedRecord) -> RecordVerdict, take: (RecordVerdict) -> Void
    ) throws -> (EvidenceFile, ReadSummary)? {
        guard ArchiveMemberPath(path) == nil else { return nil }
        let head = try Self.head(of: path)
        let isWholeFile = digest.byteCount <= TextDecoding.sampleSize
        // The plan made beside the hashing holds only if it saw the bytes the intake hashed the start of.
        let decided = plan.flatMap { $0.head == head && $0.isWholeFile == isWholeFile ? $0 : nil }
            ?? StreamPlan(path: path, head: head, isWholeFile: isWholeFile)
        guard decided.streams else { return nil }
        let sample = decided.sample
        let sha256 = StreamingDigest(.sha256)
        var done = 0
        let startRows = counter.counts.rows
        // Moved out and back, not copied: a copy would duplicate the whole set of persons on first write.
        var local = RecordCounter()
        swap(&local, &counter)
        defer { swap(&local, &counter) }
        let observe: (UnsafeRawBufferPointer) -> Void = { block in
            sha256.update(block)
            done += block.count
            meter?(MatchProgress(file: path, bytesDone: done, bytesTotal: digest.byteCount, rows: local.counts.rows - startRows))
        }
        let summary: ReadSummary
        if threads <= 1 {
            var triage = RowTriage(index: index, file: path)
            summary = try DelimitedStream().read(
                path: path, observe: observe,
                dismiss: { triage.dismiss($0, counter: &local) },
                emit: { check($0, &local) })
        } else {
            let pool = TriagePool(index: index, file: path)
            let pipeline = OrderedPipeline<RowBatch, BatchOutcome>(width: threads) { batch in
                Self.match(batch, file: path, pool: pool, verdict: verdict)
            }
            func deliver(_ outcome: BatchOutcome) {
                for event in outcome.events { local.replay(event, file: path) }
                for found in outcome.verdicts { take(found) }
            }
            let rows = batchRows, bytes = batchBytes
            var batch = RowBatch(capacity: rows)
            func flushIfFull() {
                guard batch.count >= rows || batch.byteCount >= bytes else { return }
                pipeline.submit(batch, deliver: deliver)
                batch = RowBatch(capacity: rows)
            }
            // Every offered row is taken (copied into the batch): the prefilter runs on the batch's core.
            summary = try DelimitedStream().read(
                path: path, observe: observe,
                dismiss: { row in
                    batch.append(row)
                    flushIfFull()
                    return true
                },
                emit: { record in
                    batch.append(record)
                    flushIfFull()
                })
            if batch.count > 0 { pipeline.submit(batch, deliver: deliver) }
            pipeline.finish(deliver: deliver)
        }
        let file = EvidenceFile(
            path: path, bytes: done, sha256: sha256.finalize().hexString,
            md5: digest.hex(.md5) ?? "", sm3: digest.hex(.sm3) ?? "", encoding: sample.encoding,
            format: summary.format ?? DelimitedTextReader.format)
        return (file, summary)
    }

    /// One batch, on whichever core runs it: prefilter, then the matcher and the count for the rest.
    static func match(
        _ batch: RowBatch, file: String, pool: TriagePool, verdict: @Sendable (SeizedRecord) -> RecordVerdict
    ) -> BatchOutcome {
        var triage = pool.take()
        defer { pool.put(triage) }
        var log = CountLog(capacity: batch.count)
        var verdicts: [RecordVerdict] = []
        func full(_ record: SeizedRecord) {
            let found = verdict(record)
            log.observe(record, file: file, isCanary: found.isCanary)
            if found.hit != nil || !found.links.isEmpty { verdicts.append(found) }
        }
        batch.forEach(row: { row in
            if !triage.dismiss(row, counter: &log) { full(row.record()) }
        }, record: full)
        return BatchOutcome(events: log.events, verdicts: verdicts)
    }

    /// The file's first bytes, as the intake samples them.
    static func head(of path: String) throws -> [UInt8] {
        let file = try BlockFile(path: path)
        var head = [UInt8](repeating: 0, count: TextDecoding.sampleSize)
        let count = try file.read(into: &head, from: 0)
        return Array(head[..<count])
    }
}
