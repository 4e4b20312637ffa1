import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceRegistry

/// Signs the registry's audit log after a use case wrote to it: a new RFC 9162 signed tree head
/// over every entry, made with the registry's signing key (the registry itself holds no key).
///
/// `Planter`, `CaseMatcher` and `CaseReporter` call `seal()` as their last step, so each command
/// leaves the log covered by a signature; `leaktrace audit verify` then checks every head.
///
/// ```swift
/// let head = try AuditNotary(workspace: workspace).seal()
/// head?.treeSize   // the number of audit entries now signed
/// ```
public struct AuditNotary: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Signs the log's current state unless the latest head already covers it; returns the head
    /// that now covers the whole log, or nil while the log is empty.
    ///
    /// A workspace put together with a secret that is not the registry's (`Workspace.open` refuses
    /// one; the memberwise initialiser does not) cannot sign for it: nothing is signed, nil is
    /// returned, and `leaktrace audit verify` reports the entries as not yet signed. A log that no
    /// longer matches its last signed head throws: a tampered registry gets no fresh signature.
    ///
    /// `date` is read only when a head is signed, inside the registry's write transaction: read
    /// before it, a process that waited for the lock could sign more entries at an earlier time
    /// than the head another process signed meanwhile, and `audit verify` rejects heads out of
    /// time order.
    @discardableResult
    public func seal(at date: @autoclosure () -> Date = Date()) throws -> SignedTreeHead? {
        let key = try workspace.signingKey()
        guard try workspace.registry.publicKey() == key.publicKey else { return nil }
        return try workspace.registry.recordTreeHead { size, root in
            let milliseconds = UInt64(max(0, (date().timeIntervalSince1970 * 1000).rounded(.down)))
            return try SignedTreeHead.sign(treeSize: size, rootHash: root, timestampMilliseconds: milliseconds, with: key)
        }
    }

    /// Seals, then states the head as a report quotes it.
    public func checkpoint(at date: @autoclosure () -> Date = Date()) throws -> AuditCheckpoint? {
        try seal(at: date()).map(Self.checkpoint)
    }

    public static func checkpoint(_ head: SignedTreeHead) -> AuditCheckpoint {
        AuditCheckpoint(
            treeSize: head.treeSize, rootHash: head.rootHash.hexString,
            signedAt: Date(timeIntervalSince1970: Double(head.timestampMilliseconds / 1000)),
            signature: head.signature.hexString)
    }
}
