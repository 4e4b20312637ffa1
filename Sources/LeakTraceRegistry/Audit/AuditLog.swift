import Foundation
import GRDB
import LeakTraceCore
import LeakTraceCrypto

/// The append-only audit log: every plant, intake, match and report adds an entry whose hash
/// covers the previous entry's hash, so an edit, deletion or reordering breaks the chain.
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
}

/// One entry of the audit log.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var sequence: Int
    public var at: String
    public var actor: String
    public var action: String
    public var detail: String
    public var previousHash: String
    public var entryHash: String

    /// SHA-256 over the previous hash and the entry's fields, each length-prefixed so no two
    /// different entries can serialise to the same bytes.
    public var computedHash: String {
        var bytes = [UInt8]()
        for field in [previousHash, String(sequence), at, actor, action, detail] {
            let utf8 = Array(field.utf8)
            bytes += Array(String(utf8.count).utf8) + [0x3A] + utf8
        }
        return Digest.sha256Hex(bytes)
    }
}

extension Registry {
    public func auditEntries() throws -> [AuditEntry] {
        try dbQueue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY seq").map { row in
                AuditEntry(sequence: row["seq"], at: row["at"], actor: row["actor"], action: row["action"],
                           detail: row["detail"], previousHash: row["prev_hash"], entryHash: row["entry_hash"])
            }
        }
    }

    /// Checks the whole chain; returns one line per problem, empty when the log is intact.
    public func verifyAuditLog() throws -> [String] {
        var problems: [String] = []
        var previous = AuditLog.genesis
        for (offset, entry) in try auditEntries().enumerated() {
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
}
