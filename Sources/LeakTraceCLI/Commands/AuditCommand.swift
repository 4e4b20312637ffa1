import ArgumentParser
import Foundation
import LeakTraceKit

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Inspect the registry's hash-chained audit log.",
        subcommands: [Verify.self, Show.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no audit entry was edited, deleted or reordered.")

        @OptionGroup var registryOptions: RegistryOptions

        func run() throws {
            let workspace = try registryOptions.workspace()
            let problems = try workspace.registry.verifyAuditLog()
            guard problems.isEmpty else {
                for problem in problems.dropLast() { Output.note("leaktrace: audit \(problem)") }
                throw CommandFailure(message: "audit \(problems.last!)")
            }
            let count = try workspace.registry.auditEntries().count
            Output.line("audit log intact: \(count) entries, chain verified")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the audit log, one entry a line.")

        @OptionGroup var registryOptions: RegistryOptions

        func run() throws {
            for entry in try registryOptions.workspace().registry.auditEntries() {
                Output.line("\(entry.sequence)\t\(entry.at)\t\(entry.actor)\t\(entry.action)\t\(entry.detail)\t\(entry.entryHash)")
            }
        }
    }
}
