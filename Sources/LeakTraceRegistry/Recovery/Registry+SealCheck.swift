import Foundation
import GRDB
import LeakTraceCore

extension Registry {
    /// Opens every sealed canary and hit under the key and reports what does not: a row edited,
    /// moved to another id, or written in plaintext into a sealed registry. Empty when all is well.
    /// Reads everything, so it belongs to `plants --check`, not to every listing.
    ///
    /// ```swift
    /// for problem in try registry.sealProblems() { print(problem) }   // "canary c000007 does not open …"
    /// ```
    public func sealProblems() throws -> [String] {
        guard let vault = try canaryVault() else { return [] }
        guard vault.isPlanter else {
            throw LeakTraceError.registry("checking every sealed canary needs the planter's key, not an examiner's")
        }
        return try dbQueue.read { db in
            var problems: [String] = []
            let plaintext = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM canary WHERE sealed IS NULL OR name <> '' OR phone <> '' OR address <> ''") ?? 0
            if plaintext > 0 { problems.append("\(plaintext) canaries hold plaintext in a sealed registry") }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, sealed FROM canary WHERE sealed IS NOT NULL ORDER BY sequence")
            var unopened: [String] = []
            while let row = try rows.next() {
                let id: String = row[0]
                guard (try? SealedCanaryFields(bytes: try vault.open(row[1], context: "canary \(id)"))) == nil else { continue }
                unopened.append(id)
            }
            if !unopened.isEmpty {
                let shown = unopened.prefix(10).joined(separator: ", ") + (unopened.count > 10 ? ", …" : "")
                problems.append("\(unopened.count) sealed canaries do not open under the key (altered or moved): \(shown)")
            }
            let hits = try Row.fetchCursor(db, sql: "SELECT case_name, position, hit_json FROM hit ORDER BY case_name, position")
            var badHits = 0
            while let row = try hits.next() {
                let stored: String = row[2]
                if !stored.hasPrefix(Self.sealedHitPrefix) && !stored.hasPrefix(Self.caseSealedHitPrefix) {
                    badHits += 1
                } else if (try? Self.hitJSON(stored: stored, caseName: row[0], position: row[1], vault: vault)) == nil {
                    badHits += 1
                }
            }
            if badHits > 0 { problems.append("\(badHits) hits are plaintext or do not open under the key") }
            return problems
        }
    }
}
