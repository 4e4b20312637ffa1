import ArgumentParser
import Foundation
import LeakTraceKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a registry and its secret key from a playbook.",
        discussion: """
            Defines the playbook's entities and flows. The registry file and <registry>.key are created \
            with mode 0600; neither is ever overwritten. Back the key up apart from the registry: it \
            re-derives every canary and signs every report.

            With a passphrase (--passphrase-file, $LEAKTRACE_PASSPHRASE_FILE or $LEAKTRACE_PASSPHRASE) \
            the secret is derived from it with scrypt and <registry>.key keeps only the salt and costs: \
            every later command then needs the same passphrase. Either way canaries are sealed at rest \
            (AES-256-GCM) under a key derived from the secret, so the registry file alone reveals none.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: ArgumentHelp("The pipeline definition (YAML: name, entities, flows).", valueName: "file.yaml"))
    var playbook: String

    func run() throws {
        let pipeline = try PlaybookLoader.load(path: playbook)
        let passphrase = try registryOptions.passphrase()
        let workspace = try Workspace.create(registryOptions.location, pipeline: pipeline, passphrase: passphrase)
        let keyKind = passphrase == nil ? "key" : "passphrase parameters (scrypt)"
        Output.line("created \(workspace.location.path) (\(pipeline.entities.count) entities, \(pipeline.flows.count) flows) and \(keyKind) \(workspace.location.keyPath)")
        Output.line("registry fingerprint \(try workspace.fingerprint())")
    }
}
