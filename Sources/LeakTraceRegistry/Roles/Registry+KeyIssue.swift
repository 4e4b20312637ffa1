import GRDB

extension Registry {
    /// Notes in the audit log that a role key was issued: its role and fingerprint, never the key.
    ///
    /// ```swift
    /// try registry.recordKeyIssued(role: "examiner", fingerprint: "3fa1…", path: "examiner.key", actor: "sec-1")
    /// ```
    public func recordKeyIssued(role: String, fingerprint: String, path: String, actor: String) throws {
        try dbQueue.write { db in
            try AuditLog.append(action: "key-issue", actor: actor, detail: "\(role) key \(fingerprint) written to \(path)", in: db)
        }
    }
}
