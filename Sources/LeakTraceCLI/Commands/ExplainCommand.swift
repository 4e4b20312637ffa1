import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show whether a record is one of the registry's canaries, and which plant produced it.",
        discussion: """
            Looks the record up by phone and by its masked keys (GB/T 41833, 4-digit, virtual-number and
            surname-only views), then re-derives every candidate from the registry's key, its sequence
            number and attempt, and compares. Masked input is fine: "陈*华" "139******15" "…5幢**".

            It needs the key file beside the registry: without the key nothing can show that a record is
            a canary. Give --phone-pool to check that a pool number is the one the key picks.
            Exit status 0 whether or not the record is a canary; read the first word or --json.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Argument(help: "The name as the record shows it.")
    var name: String

    @Argument(help: "The phone as the record shows it.")
    var phone: String

    @Argument(help: "The address as the record shows it.")
    var address: String

    @Option(name: .customLong("phone-pool"), help: ArgumentHelp("The phone pool the plants used, to check pool numbers.", valueName: "file"))
    var phonePool: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let workspace = try registryOptions.workspace()
        let pool = try phonePool.map(PhonePool.load(path:))
        let explanation = try CanaryExplainer(workspace: workspace, phonePool: pool).explain(name: name, phone: phone, address: address)
        if json {
            Output.line(String(decoding: try JSONCoding.encoder().encode(explanation), as: UTF8.self))
        } else {
            Output.line(explanation.text())
        }
    }
}
