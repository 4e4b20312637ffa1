/// Who holds a key, and so what it lets them do. The separation is by key material, not by a
/// flag: each role's key file holds only the keys its work needs.
///
/// ```swift
/// let workspace = try Workspace.open(location, passphrase: nil, keyFile: "examiner.key")
/// workspace.role                     // .examiner
/// try workspace.secret               // throws: only the planter holds the registry secret
/// ```
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Holds the registry secret: draws, plants, exports and reads every canary; issues role keys.
    case planter
    /// Holds the unlock and case keys and the signing key: matches and reports, and opens only
    /// the canaries a seized record leads to.
    case examiner
    /// Holds the registry's public key: verifies the audit log and signed reports, reads no canary.
    case auditor

    /// What the role may do, as `leaktrace keys issue` prints it.
    public var summary: String {
        switch self {
        case .planter: "plan, plant, export, explain, list canaries, match, report, verify; issue role keys"
        case .examiner: "match, report, notice, verify, audit; opens only the canaries seized records lead to"
        case .auditor: "audit verify/show/check-proof and verify reports; opens no canary, signs nothing"
        }
    }
}
