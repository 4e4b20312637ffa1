import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit
import LeakTraceReport

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Draft the PIPL Art. 57 breach notification for the leaking entity's controller.",
        discussion: """
            Writes a Markdown draft, one notice per attributed source (or for --entity): the kinds of
            personal information the seized records carry, the cause (the attributed source, its LR and
            the leak window), the possible harm, remedial measures and what individuals can do, and a
            contact block. Everything only the controller knows is left as [ ] to fill in. It is a draft
            for people to complete and says so; it draws no legal conclusion.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(name: .customLong("case"), help: ArgumentHelp("The matched case.", valueName: "name"))
    var caseName: String

    @Option(help: ArgumentHelp("Address this entity instead of the attributed sources.", valueName: "id"))
    var entity: String?

    @Option(help: "Language: zh or en.")
    var lang: ReportLanguage = .zh

    @Option(help: ArgumentHelp("The draft to write (Markdown); never written over an existing file.", valueName: "file"))
    var out: String

    func run() throws {
        let entityID = try entity.map { try EntityID(validating: $0) }
        let addressed = try NoticeDrafter(workspace: registryOptions.workspace()).write(
            caseName: caseName, entity: entityID, language: lang, to: URL(fileURLWithPath: out))
        Output.line("draft notice for \(addressed.map(\.rawValue).joined(separator: ", ")) (\(lang.rawValue)): \(out)")
        Output.line("it is a draft: complete the [ ] fields and check every statement before sending it")
    }
}
