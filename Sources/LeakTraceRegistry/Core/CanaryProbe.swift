import Foundation
import GRDB
import LeakTraceCore

/// Answers, inside a plant's transaction and from the registry's indexes, whether a drawn canary
/// would collide with one already recorded (this plant's earlier canaries included).
///
/// ```swift
/// try registry.recordPlant(actor: "sec", count: 10, plant: makePlant) { sequence, probe in
///     let draft = draw(sequence)
///     if try probe.isTaken(maskedKey: draft.maskedKey) || probe.isTaken(viewKeys: draft.viewKeys) { … }
///     let lookAlikes = try probe.neighbours(nearKeys: draft.nearKeys)
///     return draft
/// }
/// ```
/// Every question is one index look-up (`masked_key` UNIQUE, `canary_view_key` and
/// `canary_near_key` primary keys), so the cost per canary does not grow with the registry.
public final class CanaryProbe {
    private let maskedKeyStatement: Statement
    private let viewKeyStatement: Statement
    private let neighbourStatement: Statement
    private let insertViewKey: Statement
    private let insertNearKey: Statement
    private let vault: CanaryVault?
    /// Tags every key before it touches the database when the registry seals canaries.
    let indexer: CanaryIndexer?

    init(_ db: Database, vault: CanaryVault? = nil) throws {
        self.vault = vault
        indexer = try vault?.indexer()
        maskedKeyStatement = try db.makeStatement(sql: "SELECT 1 FROM canary WHERE masked_key = ? LIMIT 1")
        viewKeyStatement = try db.makeStatement(sql: "SELECT 1 FROM canary_view_key WHERE hash = ? LIMIT 1")
        neighbourStatement = try db.makeStatement(sql: """
            SELECT c.name, c.phone, c.address, c.sealed, c.id FROM canary_near_key n JOIN canary c ON c.sequence = n.sequence
            WHERE n.hash = ? ORDER BY n.sequence
            """)
        insertViewKey = try db.makeStatement(sql: "INSERT INTO canary_view_key (hash, sequence) VALUES (?, ?)")
        insertNearKey = try db.makeStatement(sql: "INSERT OR IGNORE INTO canary_near_key (hash, sequence) VALUES (?, ?)")
    }

    public func isTaken(maskedKey: String) throws -> Bool {
        try Bool.fetchOne(maskedKeyStatement, arguments: [indexer?.tag(maskedKey, field: .maskedKey) ?? maskedKey]) ?? false
    }

    /// Whether any of `viewKeys` is already some canary's.
    public func isTaken(viewKeys: [Int64]) throws -> Bool {
        for key in viewKeys where try Bool.fetchOne(viewKeyStatement, arguments: [stored(key, .viewKey)]) ?? false {
            return true
        }
        return false
    }

    /// The recorded canaries filed under any of `nearKeys`: the only ones that can be one edit away.
    public func neighbours(nearKeys: [Int64]) throws -> [PersonRecord] {
        var found: [PersonRecord] = []
        for key in nearKeys {
            let rows = try Row.fetchCursor(neighbourStatement, arguments: [stored(key, .nearKey)])
            while let row = try rows.next() {
                if let sealed = row[3] as Data? {
                    guard let vault else { throw LeakTraceError.registry("canary \(row[4] as String) is sealed; reading it needs the registry key") }
                    let fields = try SealedCanaryFields(bytes: try vault.open(sealed, context: "canary \(row[4] as String)"))
                    found.append(PersonRecord(name: fields.name, phone: fields.phone, address: fields.address))
                } else {
                    found.append(PersonRecord(name: row[0], phone: row[1], address: row[2]))
                }
            }
        }
        return found
    }

    /// Files a just-inserted canary's keys, so later draws see it.
    func file(_ draft: CanaryDraft) throws {
        for key in draft.viewKeys {
            try insertViewKey.execute(arguments: [stored(key, .viewKey), draft.canary.sequence])
        }
        for key in draft.nearKeys {
            try insertNearKey.execute(arguments: [stored(key, .nearKey), draft.canary.sequence])
        }
    }

    private func stored(_ key: Int64, _ field: CanaryIndexer.Field) -> Int64 {
        indexer?.tag(key, field: field) ?? key
    }
}
