import ArgumentParser
import Foundation
import LeakTraceKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a registry and its secret key from a playbook.",
        discussion: """
            Defines the playbook's entities and flows. The registry file and <registry>.key are created
            with mode 0600; neither is ever overwritten. Back the key up apart from the registry: it
            re-derives every canary and signs every report.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: ArgumentHelp("The pipeline definition (YAML: name, entities, flows).", valueName: "file.yaml"))
    var playbook: String

    func run() throws {
        let pipeline = try PlaybookLoader.load(path: playbook)
        let workspace = try Workspace.create(registryOptions.location, pipeline: pipeline)
        Output.line("created \(workspace.location.path) (\(pipeline.entities.count) entities, \(pipeline.flows.count) flows) and key \(workspace.location.keyPath)")
        Output.line("registry fingerprint \(try workspace.fingerprint())")
    }
}
