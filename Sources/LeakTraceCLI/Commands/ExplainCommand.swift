import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show whether a record is one of the registry's canaries, and which plant produced it.",
        discussion: """
            Looks the record up in the registry's indexes, by full phone and by its keys under each mask \
            (GB/T 41833, old 4-digit, virtual number, surname only), then re-derives every candidate \
            from the registry's secret key (HKDF with its sequence number and attempt) and compares. A \
            record is shown to be a canary only if the key reproduces it and nothing the record shows \
            contradicts it. The output names the canary, the plant that produced it, its placement, \
            planted_at, who ran the plant, and who held it.

            Give the fields as the list shows them; masked values are fine:
              leaktrace explain 陈志华 13957106215 浙江省杭州市西湖区文三路128号翠苑新村5幢2单元301室
              leaktrace explain "陈*华" "139******15" "浙江省杭州市西湖区文三路128号翠苑新村5幢**"
            A virtual number (17012345678转1234) counts as no phone.

            It needs the key file beside the registry (<registry>.key): without the key nothing can show \
            that a record is a canary, which is what keeps canaries indistinguishable to everyone else. \
            Give --phone-pool with the pool the plants used to check that a pool number is the one the \
            key picks.

            Output: the record, then one line per candidate starting CANARY or "not this canary", or \
            "not a canary of this registry". Exit status 0 either way; scripts read --json \
            (isCanary, provenCanaryIDs).
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
