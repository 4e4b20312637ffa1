/// The errors LeakTrace reports to its users. Each prints as one line that names what is wrong and,
/// where it applies, the file and line.
public enum LeakTraceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Input the user gave (a flag, a playbook, a file) is not acceptable.
    case invalidInput(String)
    /// A file could not be read or is not in a known format.
    case unreadableFile(path: String, line: Int?, reason: String)
    /// The registry refuses the operation (unknown case, missing key, failed integrity check).
    case registry(String)
    /// A signature, hash or audit check failed.
    case verification(String)

    public var description: String {
        switch self {
        case .invalidInput(let message): message
        case .unreadableFile(let path, let line?, let reason): "\(path):\(line): \(reason)"
        case .unreadableFile(let path, nil, let reason): "\(path): \(reason)"
        case .registry(let message): "registry: \(message)"
        case .verification(let message): "verification failed: \(message)"
        }
    }
}
