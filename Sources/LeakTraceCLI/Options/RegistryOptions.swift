import ArgumentParser
import LeakTraceKit

/// `--registry PATH`, shared by every command that opens a registry.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The registry file.",
        discussion: "Defaults to $LEAKTRACE_REGISTRY, else ./leaktrace.db. Its key file is <registry>.key.",
        valueName: "path"))
    var registry: String?

    var location: RegistryLocation { RegistryLocation(explicit: registry) }

    func workspace() throws -> Workspace { try Workspace.open(location) }
}
