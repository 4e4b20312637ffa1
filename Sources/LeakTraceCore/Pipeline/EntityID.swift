/// The identifier of an entity in a pipeline: lower-case ASCII letters, digits and hyphens.
///
/// ```swift
/// let branch: EntityID = "branch-3"
/// try EntityID(validating: "Branch 3")   // throws: not [a-z0-9-]+
/// ```
public struct EntityID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Accepts only `[a-z0-9-]+`, the playbook's rule, so ids are safe in file names and CSV.
    public init(validating value: String) throws {
        guard EntityID.isValid(value) else {
            throw LeakTraceError.invalidInput("entity id '\(value)' must match [a-z0-9-]+")
        }
        self.rawValue = value
    }

    public static func isValid(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    public var description: String { rawValue }
    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
