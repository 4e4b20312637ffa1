/// Where a canary's phone number comes from.
///
/// ```swift
/// generator.person(seed: seed, phone: .pool(["13800000000", "13900000000"]))   // a controlled number
/// generator.person(seed: seed, phone: .synthetic)                               // demos and tests only
/// ```
public enum PhoneChoice: Sendable {
    /// A generated valid-looking number: it almost surely belongs to a stranger, so never plant it.
    case synthetic
    /// One of the user's controlled numbers, picked by the seed; must not be empty.
    case pool([String])
}
