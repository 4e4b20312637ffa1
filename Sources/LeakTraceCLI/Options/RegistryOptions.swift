import ArgumentParser
import LeakTraceKit

/// `--registry PATH`, shared by every command that opens a registry.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The registry file.",
        discussion: "Defaults to $LEAKTRACE_REGISTRY, else ./leaktrace.db. Its key file is <registry>.key.",
        valueName: "path"))
    var registry: String?

    @Option(name: .long, help: ArgumentHelp(
        "A file whose first line is the passphrase the registry secret is derived from (scrypt).",
        discussion: """
            Only for registries created with a passphrase. Else $LEAKTRACE_PASSPHRASE_FILE, else \
            $LEAKTRACE_PASSPHRASE. The file must be mode 0600. A passphrase is never taken as an \
            argument value: other users can read arguments in `ps`.
            """,
        valueName: "file"))
    var passphraseFile: String?

    @Option(name: .long, help: ArgumentHelp(
        "The key file to open the registry with: its own key (the planter's) or a role key.",
        discussion: """
            Defaults to $LEAKTRACE_KEY, else <registry>.key. A role key from `leaktrace keys issue` opens the \
            registry as an examiner (match, report: only canaries that seized records lead to are opened) or an \
            auditor (audit, verify: no canary is opened).
            """,
        valueName: "file"))
    var key: String?

    var location: RegistryLocation { RegistryLocation(explicit: registry) }

    func passphrase() throws -> Passphrase? { try Passphrase.resolve(file: passphraseFile) }

    func workspace() throws -> Workspace { try Workspace.open(location, passphrase: try passphrase(), keyFile: key) }
}
