import Foundation
import LeakTraceCore

/// One registry canary a record could be, checked by re-deriving it from the key.
///
/// ```swift
/// explained.derivedAtAttempt   // 0: the key's draw for this sequence is this canary
/// explained.fields.name        // .masked: 陈*华 fits 陈志华
/// explained.isProven           // derivation reproduced and every shown field agrees
/// ```
public struct ExplainedCanary: Hashable, Sendable, Codable {
    public var canaryID: String
    public var sequence: Int
    public var plantID: String
    public var placement: Placement
    public var visibility: [EntityID]
    public var plantedAt: Date
    public var operatorName: String?
    public var phoneOrigin: PhoneOrigin
    public var burned: Bool
    /// The attempt whose HKDF seed reproduces the stored name and address; nil if none does, which
    /// means the registry row does not come from this key (a different key, or an altered row).
    public var derivedAtAttempt: Int?
    /// Whether the stored order re-derives from the key too.
    public var orderReproduced: Bool
    /// How the phone was checked: `derived`, `pool`, `pool-unchecked` or `not-reproduced`.
    public var phoneCheck: String
    /// The record's fields against the canary's.
    public var fields: FieldAgreements

    /// The key reproduces the canary and the record shows nothing that contradicts it. A virtual
    /// or absent phone does not contradict (Taobao lists carry the platform's number).
    public var isProven: Bool {
        derivedAtAttempt != nil && orderReproduced && phoneCheck != "not-reproduced"
            && fields.name.agrees && fields.address.agrees && fields.phone != .disagree
    }
}
