import LeakTraceCore

/// Issues a role key: writes the file, then records the issue in the audit log and signs the log.
///
/// ```swift
/// let key = try RoleKeyIssuer(workspace: planter).issue(.examiner, to: "examiner.key", passphrase: nil, actor: "sec-1")
/// key.fingerprint
/// ```
public struct RoleKeyIssuer: Sendable {
    public let workspace: Workspace

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public func issue(_ role: Role, to path: String, passphrase: Passphrase?, actor: String) throws -> RoleKey {
        let key = try RoleKey.issue(role, from: workspace)
        try key.write(to: path, passphrase: passphrase)
        try workspace.registry.recordKeyIssued(role: role.rawValue, fingerprint: key.fingerprint, path: path, actor: actor)
        try AuditNotary(workspace: workspace).seal()
        return key
    }
}
