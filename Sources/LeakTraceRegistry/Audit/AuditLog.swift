import Foundation
import GRDB
import LeakTraceCore
import LeakTraceCrypto

/// The append-only audit log: every plant, export, intake, match, report and burn adds an entry
/// whose hash covers the previous entry's hash, so an edit, deletion or reordering breaks the chain.
/// Over the same entries the Kit's notary keeps an RFC 9162 Merkle tree with signed tree heads
/// (`Registry.recordTreeHead`), which also catches a log cut short at its end and lets a single
/// entry be proven to a court without handing over the registry.
///
/// Registry timestamps show that data is "unchanged since T", not that it was "true at T"; the
/// chain is what lets a court see the order in which things were done.
enum AuditLog {
    static let genesis = String(repeating: "0", count: 64)

    static func append(action: String, actor: String, detail: String, at: Date = Date(), in db: Database) throws {
        let last = try Row.fetchOne(db, sql: "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        let seq = (last?["seq"] as Int? ?? 0) + 1
        let previous = last?["entry_hash"] as String? ?? genesis
        let entry = AuditEntry(sequence: seq, at: Timestamp.format(at), actor: actor, action: action, detail: detail, previousHash: previous, entryHash: "")
        let hash = entry.computedHash
        try db.execute(sql: "INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [seq, entry.at, actor, action, detail, previous, hash])
    }

    static func entries(_ db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY seq").map { row in
            AuditEntry(sequence: row["seq"], at: row["at"], actor: row["actor"], action: row["action"],
                       detail: row["detail"], previousHash: row["prev_hash"], entryHash: row["entry_hash"])
        }
    }

    /// One line per broken link, empty when the chain is intact.
    static func chainProblems(_ entries: [AuditEntry]) -> [String] {
        var problems: [String] = []
        var previous = genesis
        for (offset, entry) in entries.enumerated() {
            if entry.sequence != offset + 1 {
                problems.append("entry \(entry.sequence): expected sequence \(offset + 1) (an entry was deleted or reordered)")
            }
            if entry.previousHash != previous {
                problems.append("entry \(entry.sequence): does not follow the entry before it")
            }
            if entry.computedHash != entry.entryHash {
                problems.append("entry \(entry.sequence): content does not match its hash (edited)")
            }
            previous = entry.entryHash
        }
        return problems
    }

    static func leafHashes(_ entries: [AuditEntry]) -> [[UInt8]] {
        entries.map { MerkleTree.leafHash($0.canonicalBytes) }
    }
}
