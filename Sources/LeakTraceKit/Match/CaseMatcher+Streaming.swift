import LeakTraceCore
import LeakTraceCrypto
import LeakTraceIngest
import LeakTraceMatching

extension CaseMatcher {
    /// Matches a plain UTF-8 delimited file (the common seized list) streaming, in constant memory,
    /// with the byte-level prefilter (`RowTriage`) in front of the matcher; nil for any other file,
    /// which the intake then reads whole.
    ///
    /// The file is read once: SHA-256 while reading (checked against the intake's, as the intake
    /// does); MD5 and SM3 are the intake's, which the equal SHA-256 proves are of the same bytes.
    /// Records, counts and hits are exactly those of the whole-file reader.
    func streamDelimited(
        path: String, digest: FileDigest, index: CanaryIndex, counter: inout RecordCounter,
        meter: ((MatchProgress) -> Void)?, check: (SeizedRecord, inout RecordCounter) -> Void
    ) throws -> (EvidenceFile, ReadSummary)? {
        guard ArchiveMemberPath(path) == nil else { return nil }
        let head = try Self.head(of: path)
        let sample = FileSample(path: path, head: head, isWholeFile: digest.byteCount <= TextDecoding.sampleSize)
        guard let reader = EvidenceIntake().registry.reader(for: sample), DelimitedStream.applies(to: sample, chosen: reader) else {
            return nil
        }
        let sha256 = StreamingDigest(.sha256)
        var triage = RowTriage(index: index, file: path)
        var done = 0
        let startRows = counter.counts.rows
        // Moved out and back, not copied: a copy would duplicate the whole set of persons on first write.
        var local = RecordCounter()
        swap(&local, &counter)
        defer { swap(&local, &counter) }
        let summary = try DelimitedStream().read(
            path: path,
            observe: { block in
                sha256.update(block)
                done += block.count
                meter?(MatchProgress(file: path, bytesDone: done, bytesTotal: digest.byteCount, rows: local.counts.rows - startRows))
            },
            dismiss: { triage.dismiss($0, counter: &local) },
            emit: { check($0, &local) })
        let file = EvidenceFile(
            path: path, bytes: done, sha256: sha256.finalize().hexString,
            md5: digest.hex(.md5) ?? "", sm3: digest.hex(.sm3) ?? "", encoding: sample.encoding,
            format: summary.format ?? DelimitedTextReader.format)
        return (file, summary)
    }

    /// The file's first bytes, as the intake samples them.
    static func head(of path: String) throws -> [UInt8] {
        let file = try BlockFile(path: path)
        var head = [UInt8](repeating: 0, count: TextDecoding.sampleSize)
        let count = try file.read(into: &head, from: 0)
        return Array(head[..<count])
    }
}
