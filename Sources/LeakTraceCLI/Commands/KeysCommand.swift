import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Issue the keys that let an examiner or an auditor work without the planter's secret.",
        discussion: """
            Roles are kept apart by keys, not flags. The planter holds the registry secret (<registry>.key) and \
            can do everything. An examiner's key matches and reports: the registry opens for it only the \
            canaries that records in the seized files lead to (by phone, masked phone or name), never the whole \
            list. An auditor's key holds only the registry's public key: it verifies the audit log and reports \
            and opens no canary. Use a role key with --key FILE or $LEAKTRACE_KEY.
            """,
        subcommands: [Issue.self])

    struct Issue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a role key file (mode 0600) for an examiner or an auditor.",
            discussion: """
                Needs the planter's key. The issue is recorded in the audit log with the key's fingerprint. \
                With --wrap-passphrase-file the key is sealed under that passphrase (scrypt, AES-256-GCM); \
                its holder then opens it with --passphrase-file or $LEAKTRACE_PASSPHRASE(_FILE).
                """)

        @OptionGroup var registryOptions: RegistryOptions

        @Option(name: .long, help: ArgumentHelp("examiner or auditor.", valueName: "role"))
        var role: String

        @Option(name: .long, help: ArgumentHelp("Where to write the key file; never overwritten.", valueName: "file"))
        var out: String

        @Option(name: .long, help: ArgumentHelp(
            "A file (mode 0600) whose first line is a passphrase to seal the new key under.", valueName: "file"))
        var wrapPassphraseFile: String?

        @Option(name: .long, help: ArgumentHelp("Who issues the key, for the audit log; defaults to the user name.", valueName: "name"))
        var operatorName: String?

        func run() throws {
            guard let role = Role(rawValue: role), role != .planter else {
                throw CommandFailure(message: "--role must be examiner or auditor, not '\(self.role)'", code: 64)
            }
            let workspace = try registryOptions.workspace()
            let issued = try RoleKeyIssuer(workspace: workspace).issue(
                role, to: out, passphrase: try wrapPassphraseFile.map { try Passphrase.resolve(file: $0) } ?? nil,
                actor: Examiner.resolve(operatorName))
            Output.line("wrote \(role.rawValue) key \(out) (fingerprint \(issued.fingerprint)) for registry \(issued.registryID)")
            Output.line("it can: \(role.summary)")
        }
    }
}
