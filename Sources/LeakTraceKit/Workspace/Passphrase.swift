import Foundation
import LeakTraceCore

/// Where a passphrase comes from when the registry secret is derived from one (scrypt) instead of
/// being kept in a key file: a file named by `--passphrase-file`, else `$LEAKTRACE_PASSPHRASE_FILE`,
/// else `$LEAKTRACE_PASSPHRASE`. Never a command-line value: arguments are visible to every user
/// of the machine in `ps` and land in shell history.
///
/// ```swift
/// let passphrase = try Passphrase.resolve(file: options.passphraseFile)   // nil: use the key file
/// let workspace = try Workspace.open(location, passphrase: passphrase)
/// ```
public struct Passphrase: Sendable {
    public static let environmentVariable = "LEAKTRACE_PASSPHRASE"
    public static let fileEnvironmentVariable = "LEAKTRACE_PASSPHRASE_FILE"
    /// Shorter passphrases are refused: scrypt slows guessing down, it cannot make "1234" strong.
    public static let minimumLength = 12

    let bytes: [UInt8]

    public init(_ text: String) throws {
        guard text.count >= Self.minimumLength else {
            throw LeakTraceError.registry("a passphrase needs at least \(Self.minimumLength) characters")
        }
        bytes = Array(text.utf8)
    }

    /// The passphrase from `file`, else from the environment; nil when none is given.
    public static func resolve(file: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Passphrase? {
        if let path = file ?? environment[fileEnvironmentVariable].flatMap({ $0.isEmpty ? nil : $0 }) {
            return try read(path)
        }
        if let text = environment[environmentVariable], !text.isEmpty {
            return try Passphrase(text)
        }
        return nil
    }

    /// Reads a passphrase file: its first line, which only its owner may be able to read.
    static func read(_ path: String) throws -> Passphrase {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { throw LeakTraceError.registry("passphrase file \(path) is missing") }
        if let mode = (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
            throw LeakTraceError.registry("passphrase file \(path) has mode \(String(mode, radix: 8)); it must be readable by its owner only (chmod 600 \(path))")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LeakTraceError.registry("passphrase file \(path) is not UTF-8 text")
        }
        return try Passphrase(String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
    }
}
