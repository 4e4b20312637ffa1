import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit
import LeakTraceRegistry

struct CanariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canaries",
        abstract: "Count the registry's canaries per placement, or list the burned ones.",
        discussion: """
            Without --burned: one line per placement with its live and burned canaries, tab-separated \
            with a header.
            With --burned: one line per canary disclosed in a report (id, placement, planted_at, the \
            cases that disclosed it), tab-separated with a header. Burned canaries are known to the \
            defence and prove little in later cases; `leaktrace plan` proposes replacements for them.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Flag(help: "List the burned canaries.")
    var burned = false

    func run() throws {
        let registry = try registryOptions.workspace().registry
        if burned {
            let canaries = try registry.burnedCanaries()
            Output.line("id\tplacement\tplanted_at\tdisclosed_in")
            for canary in canaries {
                Output.line("\(canary.id)\t\(canary.placement.label)\t\(Timestamp.format(canary.plantedAt))\t\(canary.cases.joined(separator: ","))")
            }
            Output.note("leaktrace: \(canaries.count) burned canaries")
            return
        }
        Output.line("placement\tlive\tburned")
        for group in try registry.canaryGroupCounts() {
            Output.line("\(group.placement.label)\t\(group.live)\t\(group.burned)")
        }
    }
}
