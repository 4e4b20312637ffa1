import Foundation
import GRDB
import LeakTraceCore

/// A matched case as the registry keeps it.
public struct StoredCase: Sendable, Hashable {
    public var name: String
    public var examiner: String
    public var matchedAt: Date
    public var evidence: [EvidenceItem]
    public var hits: [Hit]
    public var attribution: Attribution
    public var counts: RecordCounts

    public init(name: String, examiner: String, matchedAt: Date, evidence: [EvidenceItem], hits: [Hit], attribution: Attribution, counts: RecordCounts) {
        self.name = name
        self.examiner = examiner
        self.matchedAt = matchedAt
        self.evidence = evidence
        self.hits = hits
        self.attribution = attribution
        self.counts = counts
    }
}

extension Registry {
    /// Records the intake of evidence before matching starts: the case row and each item's hashes.
    /// Re-running a case replaces its earlier intake and results in the same transaction.
    public func recordIntake(caseName: String, examiner: String, at: Date, evidence: [EvidenceItem]) throws {
        try dbQueue.write { db in
            try db.execute(sql: "DELETE FROM case_file WHERE name = ?", arguments: [caseName])
            let empty = "{}"
            try CaseRecord(name: caseName, examiner: examiner, matchedAt: Timestamp.format(at), attributionJSON: empty, countsJSON: empty).insert(db)
            try insertEvidence(evidence, caseName: caseName, db: db)
            let hashes = evidence.map { "\($0.path) sha256 \($0.sha256)" }.joined(separator: "; ")
            try AuditLog.append(action: "intake", actor: examiner, detail: "case \(caseName): \(evidence.count) evidence items: \(hashes)", in: db)
        }
    }

    /// Stores a case's results (replacing any earlier run of the same case) in one transaction.
    public func saveCase(_ stored: StoredCase) throws {
        let encoder = JSONCoding.encoder(pretty: false)
        let vault = try canaryVault()
        try dbQueue.write { db in
            try db.execute(sql: "DELETE FROM case_file WHERE name = ?", arguments: [stored.name])
            try CaseRecord(
                name: stored.name, examiner: stored.examiner, matchedAt: Timestamp.format(stored.matchedAt),
                attributionJSON: String(decoding: try encoder.encode(stored.attribution), as: UTF8.self),
                countsJSON: String(decoding: try encoder.encode(stored.counts), as: UTF8.self)
            ).insert(db)
            try insertEvidence(stored.evidence, caseName: stored.name, db: db)
            let insertHit = try db.makeStatement(sql: "INSERT INTO hit (case_name, position, canary_id, hit_json) VALUES (?, ?, ?, ?)")
            for (position, hit) in stored.hits.enumerated() {
                let json = try Self.storedHitJSON(
                    String(decoding: try encoder.encode(hit), as: UTF8.self), caseName: stored.name, position: position, vault: vault)
                try insertHit.execute(arguments: [stored.name, position, hit.canary, json])
            }
            let sources = stored.attribution.sources.map(\.rawValue).joined(separator: ",")
            try AuditLog.append(
                action: "match", actor: stored.examiner,
                detail: "case \(stored.name): \(stored.counts.rows) records, \(stored.hits.count) hits, sources [\(sources)]", in: db)
        }
    }

    private func insertEvidence(_ evidence: [EvidenceItem], caseName: String, db: Database) throws {
        let encoder = JSONCoding.encoder(pretty: false)
        for (position, item) in evidence.enumerated() {
            try db.execute(sql: "INSERT INTO evidence (case_name, position, item_json, sha256) VALUES (?, ?, ?, ?)",
                           arguments: [caseName, position, String(decoding: try encoder.encode(item), as: UTF8.self), item.sha256])
        }
    }

    public func loadCase(_ name: String) throws -> StoredCase {
        let decoder = JSONCoding.decoder()
        // Without the key a case still loads while it has no hits; a sealed hit then throws.
        let vault = self.vault
        return try dbQueue.read { db in
            guard let record = try CaseRecord.fetchOne(db, key: name) else {
                let known = try String.fetchAll(db, sql: "SELECT name FROM case_file ORDER BY name")
                throw LeakTraceError.registry("no case '\(name)'" + (known.isEmpty ? " (no case has been matched yet)" : " (known cases: \(known.joined(separator: ", ")))"))
            }
            guard record.attributionJSON != "{}" else {
                throw LeakTraceError.registry("case '\(name)' was taken in but its match did not finish; run `leaktrace match` again")
            }
            let evidence = try String.fetchAll(db, sql: "SELECT item_json FROM evidence WHERE case_name = ? ORDER BY position", arguments: [name])
                .map { try decoder.decode(EvidenceItem.self, from: Data($0.utf8)) }
            let hits = try Row.fetchAll(db, sql: "SELECT position, hit_json FROM hit WHERE case_name = ? ORDER BY position", arguments: [name])
                .map { row in
                    let json = try Self.hitJSON(stored: row[1], caseName: name, position: row[0], vault: vault)
                    return try decoder.decode(Hit.self, from: Data(json.utf8))
                }
            return StoredCase(
                name: record.name, examiner: record.examiner, matchedAt: try Timestamp.parse(record.matchedAt),
                evidence: evidence, hits: hits,
                attribution: try decoder.decode(Attribution.self, from: Data(record.attributionJSON.utf8)),
                counts: try decoder.decode(RecordCounts.self, from: Data(record.countsJSON.utf8)))
        }
    }

    /// Notes in the audit log that a report was written, with the manifest's hash.
    public func recordReport(caseName: String, directory: String, manifestSHA256: String, actor: String) throws {
        try dbQueue.write { db in
            try AuditLog.append(action: "report", actor: actor, detail: "case \(caseName): report at \(directory), manifest sha256 \(manifestSHA256)", in: db)
        }
    }
}
