import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit
import LeakTraceReport

extension ReportLanguage: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a case's signed evidence report.",
        discussion: """
            DIR receives report.html (self-contained, prints to A4), report.json, report.jsonld (CASE/UCO),
            manifest.json (SHA-256 of every file) and manifest.sig (Ed25519, by the registry's signing
            key) with signing-key.pub. Check it with `leaktrace verify DIR`.

            Only the canaries that matched appear in the report; they are then marked burned in the
            registry, since the defence will see them.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(name: .customLong("case"), help: ArgumentHelp("The case to report.", valueName: "name"))
    var caseName: String

    @Option(help: ArgumentHelp("The report folder (new, or a previous report of the same case).", valueName: "dir"))
    var out: String

    @Option(help: "Report language: zh or en.")
    var lang: ReportLanguage = .zh

    @Option(help: ArgumentHelp("An examiner named in the report; repeat for each (the rules ask for two).", valueName: "name"))
    var examiner: [String] = []

    func run() throws {
        let workspace = try registryOptions.workspace()
        let directory = URL(fileURLWithPath: out)
        let manifest = try CaseReporter(workspace: workspace).write(
            caseName: caseName, to: directory, language: lang, examiners: examiner, actor: Examiner.resolve(examiner.first))
        Output.line("report \(directory.appendingPathComponent("report.html").path) (\(lang.rawValue)), \(manifest.files.count) files signed")
        Output.line("verify with: leaktrace verify \(out)")
    }
}
