/// Where a canary's phone number came from.
///
/// A valid Chinese mobile number almost surely belongs to someone, so real plants draw from a pool
/// of numbers the user controls; generated numbers are only for demos and tests and stay marked.
public enum PhoneOrigin: String, Codable, Sendable {
    case pool
    case synthetic
}
