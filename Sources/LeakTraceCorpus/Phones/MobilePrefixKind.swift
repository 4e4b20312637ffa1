/// What a mobile prefix (号段) is used for, which decides whether a canary may carry it.
///
/// ```swift
/// MobilePrefixKind(rawValue: "data")   // .data: 145 and 147, data-only SIMs
/// ```
public enum MobilePrefixKind: String, Sendable, CaseIterable {
    /// Ordinary voice and SMS subscriptions: the only kind the generator draws.
    case mobile
    /// Data-only SIMs (145, 147): valid and seen in leaks, but no courier would ring one.
    case data
    /// The 天通 satellite range (17400–17405).
    case satellite
}
