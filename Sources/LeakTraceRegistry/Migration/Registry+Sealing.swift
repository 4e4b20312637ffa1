import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// The prefix of a `hit.hit_json` that holds a sealed hit (base64 of nonce ‖ ciphertext ‖ tag).
    static let sealedHitPrefix = "sealed:v1:"
    /// Hits sealed under the case key, which an examiner holds too (v1 hits open under the planter's key only).
    static let caseSealedHitPrefix = "sealed:v2:"

    /// A hit's JSON as stored: sealed when the registry seals canaries, because a hit quotes the
    /// planted record and the seized line that matched it.
    static func storedHitJSON(_ json: String, caseName: String, position: Int, vault: CanaryVault?) throws -> String {
        guard let vault else { return json }
        return caseSealedHitPrefix + (try vault.sealHit(Array(json.utf8), context: Self.hitContext(caseName, position))).base64EncodedString()
    }

    static func hitJSON(stored: String, caseName: String, position: Int, vault: CanaryVault?) throws -> String {
        let caseSealed = stored.hasPrefix(caseSealedHitPrefix)
        guard caseSealed || stored.hasPrefix(sealedHitPrefix) else { return stored }
        guard let vault else {
            throw LeakTraceError.registry("case '\(caseName)' has sealed hits; reading them needs the registry key")
        }
        guard let blob = Data(base64Encoded: String(stored.dropFirst(sealedHitPrefix.count))) else {
            throw LeakTraceError.registry("case '\(caseName)': hit \(position) is not a sealed hit")
        }
        let context = hitContext(caseName, position)
        return String(decoding: try caseSealed ? vault.openHit(blob, context: context) : vault.open(blob, context: context), as: UTF8.self)
    }

    private static func hitContext(_ caseName: String, _ position: Int) -> String {
        "hit \(position) of case \(caseName)"
    }

    /// Seals every plaintext canary and hit of a registry written before sealing, re-keys its
    /// index tables, and records the key's check value, all in one transaction; then compacts the
    /// file and truncates the WAL so the plaintext is gone from disk, not just from the tables.
    static func sealPlaintextCanaries(_ queue: DatabaseQueue, vault: CanaryVault) throws {
        var sealedAny = false
        try queue.inTransaction(.immediate) { db in
            // Another process may have sealed it between our read and this transaction.
            if try Meta.get(.canaryVaultCheck, in: db) != nil { return .commit }
            let indexer = try vault.indexer()
            let records = try CanaryRecord.filter(sql: "sealed IS NULL").fetchAll(db)
            for var record in records {
                try record.seal(vault: vault, indexer: indexer)
                try record.update(db)
            }
            for (table, field) in [("canary_view_key", CanaryIndexer.Field.viewKey), ("canary_near_key", .nearKey)] {
                let rows = try Row.fetchAll(db, sql: "SELECT hash, sequence FROM \(table)")
                try db.execute(sql: "DELETE FROM \(table)")
                let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(table) (hash, sequence) VALUES (?, ?)")
                for row in rows {
                    try insert.execute(arguments: [indexer.tag(row[0] as Int64, field: field), row[1] as Int])
                }
            }
            let hits = try Row.fetchAll(db, sql: "SELECT id, case_name, position, hit_json FROM hit")
            for row in hits {
                let json: String = row[3]
                guard !json.hasPrefix(sealedHitPrefix), !json.hasPrefix(caseSealedHitPrefix) else { continue }
                try db.execute(sql: "UPDATE hit SET hit_json = ? WHERE id = ?", arguments: [
                    try storedHitJSON(json, caseName: row[1], position: row[2], vault: vault), row[0] as Int64,
                ])
            }
            try Meta.set(.canaryVaultCheck, vault.checkValue, in: db)
            if !records.isEmpty || !hits.isEmpty {
                try AuditLog.append(
                    action: "seal", actor: "leaktrace",
                    detail: "\(records.count) plaintext canaries and \(hits.count) hits sealed with AES-256-GCM", in: db)
                sealedAny = true
            }
            return .commit
        }
        if sealedAny {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }
}
