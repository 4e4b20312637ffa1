import Foundation

/// Who runs a command, for the registry's records and the audit log.
public enum Examiner {
    /// `--examiner` if given, else the login name.
    public static func resolve(_ explicit: String?) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}
