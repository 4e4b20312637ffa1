import Foundation
import GRDB
import LeakTraceCore

/// Writes a canary's examiner copies inside the transaction that records the canary, so no
/// canary is ever committed that an examiner could not find.
///
/// ```swift
/// let writer = try ExaminerCopyWriter(db, vault: vault)
/// try writer.write(sequence: 7, fields: fields, keys: ["p:13800138000", "n:林晓岚"])
/// ```
final class ExaminerCopyWriter {
    private let statement: Statement
    private let vault: CanaryVault

    init(_ db: Database, vault: CanaryVault) throws {
        self.vault = vault
        statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO canary_unlock (tag, sequence, sealed) VALUES (?, ?, ?)")
    }

    func write(sequence: Int, fields: SealedCanaryFields, keys: [String]) throws {
        for key in Set(keys).sorted() {
            try statement.execute(arguments: [vault.unlockTag(key), sequence, try vault.sealCopy(fields, key: key, sequence: sequence)])
        }
    }
}
