import Foundation

/// Where the registry and its secret key live.
///
/// ```swift
/// let location = RegistryLocation(explicit: nil)   // $LEAKTRACE_REGISTRY, else ./leaktrace.db
/// location.keyPath                                // "./leaktrace.db.key"
/// ```
/// The key sits beside the registry, not inside it, so that a copy of the `.db` file alone cannot
/// sign a report.
public struct RegistryLocation: Sendable, Hashable {
    public static let environmentVariable = "LEAKTRACE_REGISTRY"
    public static let defaultPath = "leaktrace.db"

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `--registry` if given, else `$LEAKTRACE_REGISTRY`, else `./leaktrace.db`.
    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit, !explicit.isEmpty {
            path = explicit
        } else if let fromEnvironment = environment[Self.environmentVariable], !fromEnvironment.isEmpty {
            path = fromEnvironment
        } else {
            path = Self.defaultPath
        }
    }

    public var keyPath: String { path + ".key" }
}
