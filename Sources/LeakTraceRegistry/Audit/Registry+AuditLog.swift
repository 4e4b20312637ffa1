import GRDB

extension Registry {
    /// Every audit entry, in sequence order.
    public func auditEntries() throws -> [AuditEntry] {
        try dbQueue.read { db in try AuditLog.entries(db) }
    }

    /// Checks the hash chain alone; returns one line per problem, empty when the chain is intact.
    /// `verifyAudit()` adds the Merkle tree and the signed tree heads.
    public func verifyAuditLog() throws -> [String] {
        AuditLog.chainProblems(try auditEntries())
    }
}
