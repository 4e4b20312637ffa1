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
            registry, with the case that disclosed them (`leaktrace canaries --burned`), since the defence
            will see them.

            Case, seal and exhibit numbers and the witness are printed where given and left blank for
            a hand entry where not.
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

    @Option(name: .customLong("case-number"), help: ArgumentHelp("The case number (案件编号); left blank to fill in by hand if not given.", valueName: "number"))
    var caseNumber: String?

    @Option(help: ArgumentHelp("The seal number (封存编号) of the sealed originals.", valueName: "number"))
    var seal: String?

    @Option(help: ArgumentHelp("An exhibit number (检材编号), one per evidence file in intake order; defaults JC01, JC02 ….", valueName: "number"))
    var exhibit: [String] = []

    @Option(help: ArgumentHelp("The witness (见证人) named on the signature page.", valueName: "name"))
    var witness: String?

    func run() throws {
        let workspace = try registryOptions.workspace()
        let directory = URL(fileURLWithPath: out)
        let filing = FilingDetails(caseNumber: caseNumber, sealNumber: seal, exhibitNumbers: exhibit, witness: witness)
        let manifest = try CaseReporter(workspace: workspace).write(
            caseName: caseName, to: directory, language: lang, examiners: examiner, filing: filing, actor: Examiner.resolve(examiner.first))
        Output.line("report \(directory.appendingPathComponent("report.html").path) (\(lang.rawValue)), \(manifest.files.count) files signed")
        Output.line("verify with: leaktrace verify \(out)")
    }
}
