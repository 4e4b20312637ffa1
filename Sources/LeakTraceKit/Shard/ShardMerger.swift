import Foundation
import LeakTraceCore
import LeakTraceMatching
import LeakTraceAttribution
import LeakTraceRegistry

/// The reduce step of a distributed match: combines `match --shard` outputs into one case,
/// attributed exactly as a single `match` of the whole list would be, and records it.
///
/// ```swift
/// let report = try ShardMerger(workspace: workspace)
///     .merge(MergeRequest(shards: ["part-0.jsonl", "part-1.jsonl"], caseName: "2026-017", examiner: "A"))
/// report.attribution.sources   // as `match` on the whole list
/// ```
///
/// Shards are taken in the order given (the order of the pieces), so record numbers continue from
/// one piece to the next and the case is the same bytes whatever order the engine finished them
/// in. A shard given twice (same input bytes, as a retried task leaves) counts once. A person found
/// on several pieces counts once, from the persons line each shard writes (`ShardPersonUnion`).
public struct ShardMerger: Sendable {
    public let workspace: Workspace
    public let weights: MatchWeights
    public let options: AttributionOptions

    public init(workspace: Workspace, weights: MatchWeights = .standard, options: AttributionOptions = .standard) {
        self.workspace = workspace
        self.weights = weights
        self.options = options
    }

    public func merge(_ request: MergeRequest) throws -> MatchReport {
        guard !request.caseName.isEmpty else { throw LeakTraceError.invalidInput("--case must not be empty") }
        guard !request.shards.isEmpty else { throw LeakTraceError.invalidInput("name at least one shard output") }
        // Shards were matched against every canary, which only the planter's key opens.
        guard workspace.role == .planter else {
            throw LeakTraceError.registry("merging shards needs the planter's key: shards are matched against every canary")
        }
        let planted = try workspace.registry.plantedCanaries()
        let fingerprint = try workspace.fingerprint()
        let canarySet = ShardMatcher.canarySet(ids: planted.map(\.id))
        var outputs: [ShardOutput] = []
        var seen = Set<String>()
        for path in request.shards {
            let output = try ShardOutput(path: path)
            guard output.summary.registryFingerprint == fingerprint else {
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "was matched against another registry")
            }
            guard output.summary.canarySet == canarySet else {
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "was matched against other canaries (planted since?); run the shard again")
            }
            if seen.insert("\(output.summary.sha256):\(output.summary.bytes)").inserted { outputs.append(output) }
        }

        let matchedAt = Timestamp.truncated(Date())
        var evidence: [EvidenceItem] = []
        var hits: [Hit] = []
        var counts = RecordCounts()
        var recordsBefore = 0
        var persons = ShardPersonUnion()
        for output in outputs {
            let summary = output.summary
            let name = "\(output.path)#input"
            evidence.append(EvidenceItem(
                path: name, sha256: summary.sha256, md5: summary.md5, sm3: summary.sm3, bytes: summary.bytes,
                records: summary.records, encoding: "utf8", format: summary.format, skipped: summary.skipped,
                examiner: request.examiner, intakeAt: matchedAt))
            var unique = Set<String>()
            let ordered = output.hits.sorted { ($0.offset, $0.hit.canary) < ($1.offset, $1.hit.canary) }
            for shardHit in ordered where unique.insert("\(shardHit.offset):\(shardHit.hit.canary)").inserted {
                var hit = shardHit.hit
                hit.file = name
                hit.record += recordsBefore
                hits.append(hit)
            }
            counts = Self.sum(counts, persons.count(output.persons, in: summary.counts), file: name)
            recordsBefore += summary.records
        }

        let attribution = CaseAttribution(weights: weights, options: options).attribute(
            planted: planted, found: Set(hits.map(\.canary)), rows: counts.rows,
            entities: try workspace.registry.pipeline().entityIDs)
        try workspace.registry.recordIntake(caseName: request.caseName, examiner: request.examiner, at: matchedAt, evidence: evidence)
        try workspace.registry.saveCase(StoredCase(
            name: request.caseName, examiner: request.examiner, matchedAt: matchedAt,
            evidence: evidence, hits: hits, attribution: attribution, counts: counts))
        try AuditNotary(workspace: workspace).seal()
        return MatchReport(
            caseName: request.caseName, examiner: request.examiner, matchedAt: matchedAt,
            registryFingerprint: fingerprint, evidence: evidence, hits: hits,
            attribution: attribution, counts: counts, unreadable: [], possibleLinks: [])
    }

    /// Adds a shard's counts, already re-counted against the earlier shards by `ShardPersonUnion`.
    /// Duplicate samples are each piece's own, so a person's first row on a later piece, though
    /// counted as a duplicate, is not among them.
    static func sum(_ total: RecordCounts, _ part: RecordCounts, file: String) -> RecordCounts {
        var sum = total
        sum.rows += part.rows
        sum.uniqueValid += part.uniqueValid
        sum.duplicates += part.duplicates
        sum.invalid += part.invalid
        sum.canaryRows += part.canaryRows
        sum.fieldProfiles.merge(part.fieldProfiles, uniquingKeysWith: +)
        if let fields = part.fieldCounts {
            var totals = sum.fieldCounts ?? RecordFieldCounts()
            totals.name += fields.name
            totals.phone += fields.phone
            totals.address += fields.address
            totals.idNumber += fields.idNumber
            totals.order += fields.order
            sum.fieldCounts = totals
        }
        func relabel(_ samples: [String]) -> [String] {
            samples.map { sample in
                sample.hasPrefix(ShardMatcher.inputLabel + ":") ? file + sample.dropFirst(ShardMatcher.inputLabel.count) : sample
            }
        }
        sum.duplicateSamples = Array((sum.duplicateSamples + relabel(part.duplicateSamples)).prefix(RecordCounter.sampleLimit))
        sum.invalidSamples = Array((sum.invalidSamples + relabel(part.invalidSamples)).prefix(RecordCounter.sampleLimit))
        return sum
    }
}
