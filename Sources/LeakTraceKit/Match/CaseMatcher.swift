import Foundation
import LeakTraceAttribution
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceIngest
import LeakTraceMatching
import LeakTraceRegistry

/// Takes in seized files, finds the canaries in them, attributes the leak and records the case.
///
/// ```swift
/// let report = try CaseMatcher(workspace: workspace).match(MatchRequest(inputs: ["seized/"], caseName: "2026-017", examiner: "A"))
/// report.attribution.sources   // ["branch-2"]
/// ```
///
/// Chain of custody: each file is hashed and its intake recorded in the registry before matching
/// begins; the file is hashed again while it is read, and a difference (the file changed under us)
/// stops the case. Files are only ever opened for reading.
public struct CaseMatcher: Sendable {
    public let workspace: Workspace
    public let weights: MatchWeights
    public let options: AttributionOptions
    /// Cores a streamed list is matched on (`standardThreads` unless set); the output is the same for any count.
    public var threads: Int = CaseMatcher.standardThreads
    /// Records, and bytes, per batch handed to a core: large enough that handing over costs little,
    /// small enough that all cores stay busy to the end of a list.
    var batchRows = 2_048
    var batchBytes = 1 << 20

    public init(workspace: Workspace, weights: MatchWeights = .standard, options: AttributionOptions = .standard) {
        self.workspace = workspace
        self.weights = weights
        self.options = options
    }

    public func match(
        _ request: MatchRequest, progress: (@Sendable (String) -> Void)? = nil, meter: ((MatchProgress) -> Void)? = nil
    ) throws -> MatchReport {
        guard !request.caseName.isEmpty else { throw LeakTraceError.invalidInput("--case must not be empty") }
        var timer = PhaseTimer()
        let intake = EvidenceIntake()
        let paths = try intake.expand(request.inputs)
        guard !paths.isEmpty else { throw LeakTraceError.invalidInput("no files to match in \(request.inputs.joined(separator: " "))") }
        // Reference tables for the index, built on a spare core while the evidence is hashed: no
        // evidence is read for them, so the intake is still recorded before any matching.
        let tables = DispatchGroup()
        DispatchQueue.global().async(group: tables) { CanaryIndex.prepareTables() }
        // Likewise the choice of reader for each file, from its first bytes (checked again before use).
        let plans = StreamPlans()
        DispatchQueue.global().async(group: tables) { plans.prepare(paths) }

        let matchedAt = Timestamp.truncated(Date())
        var unreadable: [String] = []
        var prehashed: [(path: String, digest: FileDigest)] = []
        for path in paths {
            do {
                prehashed.append((path, try FileFingerprint.take(path: path, intake: intake)))
            } catch {
                unreadable.append(String(describing: error))
            }
        }
        timer.mark("intake digests (SHA-256, MD5, SM3) of \(prehashed.count) file(s)")
        try workspace.registry.recordIntake(
            caseName: request.caseName, examiner: request.examiner, at: matchedAt,
            evidence: prehashed.map { Self.intakeItem(path: $0.path, digest: $0.digest, examiner: request.examiner, at: matchedAt) })

        let canaries = try MatchCanaries.load(for: workspace, paths: prehashed.map(\.path))
        timer.mark("intake recorded; \(canaries.people.count) canaries loaded and opened")
        let matcher = RecordMatcher(index: CanaryIndex(canaries.people), weights: weights)

        tables.wait()
        timer.mark("canary index built")
        var evidence: [EvidenceItem] = []
        var hits: [Hit] = []
        var links: [Hit] = []
        var counter = RecordCounter()
        for (path, digest) in prehashed {
            progress?("reading \(path)")
            let fileHits: [Hit]
            let file: EvidenceFile
            let summary: ReadSummary
            do {
                var found: [Hit] = []
                let verdict: @Sendable (SeizedRecord) -> RecordVerdict = { record in
                    let decision = matcher.decide(record)
                    let best = decision.hits.first
                    var verdict = RecordVerdict(isCanary: best != nil)
                    if let best, let canary = canaries.canary(best.canaryID) {
                        verdict.hit = Self.hit(best, canary: canary, file: path, record: record)
                    }
                    for link in decision.possibleLinks where verdict.links.count < Self.possibleLinkLimit {
                        if let canary = canaries.canary(link.canaryID) { verdict.links.append(Self.hit(link, canary: canary, file: path, record: record)) }
                    }
                    return verdict
                }
                let take: (RecordVerdict) -> Void = { verdict in
                    if let hit = verdict.hit { found.append(hit) }
                    for link in verdict.links where links.count < Self.possibleLinkLimit { links.append(link) }
                }
                let check: (SeizedRecord, inout RecordCounter) -> Void = { record, counter in
                    let result = verdict(record)
                    counter.observe(record, file: path, isCanary: result.isCanary)
                    take(result)
                }
                if let streamed = try streamDelimited(path: path, digest: digest, plan: plans[path], index: matcher.index, counter: &counter, meter: meter,
                                                      check: check, verdict: verdict, take: take) {
                    (file, summary) = streamed
                } else {
                    (file, summary) = try intake.read(path: path) { check($0, &counter) }
                }
                fileHits = found
            } catch {
                unreadable.append(String(describing: error))
                continue
            }
            // A hit whose canary would not open is a registry fault, never a file to skip.
            try canaries.check()
            guard file.sha256 == digest.hex(.sha256) else {
                throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "changed while being read (SHA-256 at intake \(digest.hex(.sha256) ?? "?"), while reading \(file.sha256)); secure a copy and match that")
            }
            hits += fileHits
            timer.mark("read and matched \(path) (\(summary.records) records, \(threads) thread(s))")
            evidence.append(EvidenceItem(
                path: path, sha256: file.sha256, md5: file.md5, sm3: file.sm3, bytes: file.bytes, records: summary.records,
                encoding: file.encoding.rawValue, format: file.format, skipped: summary.skipped,
                skippedLines: summary.skippedSamples.isEmpty ? nil : summary.skippedSamples,
                examiner: request.examiner, intakeAt: matchedAt))
        }

        let found = Set(hits.map(\.canary))
        let attribution = CaseAttribution(weights: weights, options: options).attribute(
            planted: try workspace.registry.plantedCanaries(), found: found, rows: counter.counts.rows,
            entities: try workspace.registry.pipeline().entityIDs)
        let stored = StoredCase(name: request.caseName, examiner: request.examiner, matchedAt: matchedAt,
                                evidence: evidence, hits: hits, attribution: attribution, counts: counter.counts)
        try workspace.registry.saveCase(stored)
        try AuditNotary(workspace: workspace).seal()
        timer.mark("attributed, case saved, audit log sealed")
        return MatchReport(
            caseName: request.caseName, examiner: request.examiner, matchedAt: matchedAt,
            registryFingerprint: try workspace.fingerprint(), evidence: evidence, hits: hits,
            attribution: attribution, counts: counter.counts, unreadable: unreadable, possibleLinks: links)
    }

    /// Enough possible links for an examiner to review; beyond it a masked list of millions would
    /// bury the hits in the JSON.
    public static let possibleLinkLimit = 10_000

    /// A candidate as the `match` JSON shows it, weights rounded to a thousandth of a bit so the
    /// output is byte-for-byte stable.
    static func hit(_ match: CanaryMatch, canary: Canary, file: String, record: SeizedRecord) -> Hit {
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        return Hit(
            file: file, record: record.number, canary: canary.id, entity: canary.placement.label,
            score: rounded(match.score), fields: match.fields,
            planted: PlantedValues(name: canary.person.name, phone: canary.person.phone, address: canary.person.address, at: canary.plantedAt),
            seen: record.seen,
            weights: FieldWeights(phone: rounded(match.scores.phone.weight), name: rounded(match.scores.name.weight),
                                  address: rounded(match.scores.address.weight)),
            chance: Double(String(format: "%.3g", match.coincidence)))
    }

    /// The intake record, taken before reading: format, encoding and counts are filled in once read.
    static func intakeItem(path: String, digest: FileDigest, examiner: String, at date: Date) -> EvidenceItem {
        EvidenceItem(path: path, sha256: digest.hex(.sha256) ?? "", md5: digest.hex(.md5) ?? "", sm3: digest.hex(.sm3) ?? "",
                     bytes: digest.byteCount, records: 0, encoding: "pending", format: "pending", examiner: examiner, intakeAt: date)
    }
}
