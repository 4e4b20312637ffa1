import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// Records that a case's report disclosed these canaries: each is burned, the case is noted
    /// against it, and the audit log names every disclosed id, in one transaction.
    ///
    /// ```swift
    /// try registry.recordDisclosure(caseName: "2026-017", canaryIDs: ["c000042"], actor: "analyst")
    /// ```
    public func recordDisclosure(caseName: String, canaryIDs: [String], actor: String, at date: Date = Date()) throws {
        let ids = Array(Set(canaryIDs)).sorted()
        guard !ids.isEmpty else { return }
        let at = Timestamp.format(date)
        try dbQueue.write { db in
            let burn = try db.makeStatement(sql: "UPDATE canary SET burned = 1 WHERE id = ?")
            let note = try db.makeStatement(sql: "INSERT OR IGNORE INTO canary_disclosure (canary_id, case_name, disclosed_at) VALUES (?, ?, ?)")
            for id in ids {
                try burn.execute(arguments: [id])
                guard db.changesCount == 1 else { throw LeakTraceError.registry("no canary \(id) to burn") }
                try note.execute(arguments: [id, caseName, at])
            }
            try AuditLog.append(
                action: "burn", actor: actor,
                detail: "case \(caseName): \(ids.count) canaries disclosed in its report and burned: \(ids.joined(separator: ","))",
                at: date, in: db)
        }
    }

    /// Every burned canary with the cases that disclosed it, in sequence order. Canaries burned
    /// before disclosures were recorded name the cases whose hits contain them.
    public func burnedCanaries() throws -> [BurnedCanary] {
        try dbQueue.read { db in
            var disclosures: [String: [(caseName: String, at: String)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT canary_id, case_name, disclosed_at FROM canary_disclosure ORDER BY disclosed_at, case_name") {
                disclosures[row[0], default: []].append((row[1], row[2]))
            }
            var hitCases: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT DISTINCT h.canary_id, h.case_name FROM hit h JOIN canary c ON c.id = h.canary_id
                WHERE c.burned = 1 ORDER BY h.case_name
                """) {
                hitCases[row[0], default: []].append(row[1])
            }
            return try Row.fetchAll(db, sql: "SELECT id, placement, planted_at FROM canary WHERE burned = 1 ORDER BY sequence").map { row in
                let id: String = row[0]
                let disclosed = disclosures[id] ?? []
                return BurnedCanary(
                    id: id, placement: try Placement(label: row[1]), plantedAt: try Timestamp.parse(row[2]),
                    cases: disclosed.isEmpty ? hitCases[id] ?? [] : disclosed.map(\.caseName),
                    disclosedAt: try disclosed.first.map { try Timestamp.parse($0.at) })
            }
        }
    }
}
