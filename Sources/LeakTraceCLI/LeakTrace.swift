import ArgumentParser
import Foundation
import LeakTraceCore

/// The `leaktrace` command.
@main
struct LeakTrace: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaktrace",
        abstract: "Plant canary records in a data pipeline, find them in leaked lists, and prove which stage leaked.",
        discussion: """
            Security teams: `init` a registry from a playbook, then `plant` canaries at each entity or along order paths.
            Investigators: `match` seized files (folders too) against the registry; the JSON names the leaking entity.
            Analysts: `report` writes a signed evidence report (zh or en); `verify` checks one.
            `demo` runs the whole story on synthetic data.

            The registry is --registry, else $LEAKTRACE_REGISTRY, else ./leaktrace.db; its secret key sits
            beside it as <registry>.key (mode 0600). Keep the key apart from copies of the registry.
            """,
        version: LeakTraceVersion.current,
        subcommands: [
            InitCommand.self, PlanCommand.self, PlantCommand.self, ExplainCommand.self, MatchCommand.self, MergeCommand.self, ReportCommand.self, VerifyCommand.self, NoticeCommand.self,
            KeysCommand.self,
            AuditCommand.self, CanariesCommand.self, PlantsCommand.self, BackupCommand.self, RestoreCommand.self, DemoCommand.self,
        ]
    )

    /// Prints every error as one line on stderr and exits non-zero: 1 for LeakTrace's own errors,
    /// ArgumentParser's code (64) for usage errors. Scripts and investigators read one line.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as LeakTraceError {
            FileHandle.standardError.write(Data("leaktrace: \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch let error as CommandFailure {
            FileHandle.standardError.write(Data("leaktrace: \(error.message)\n".utf8))
            Foundation.exit(error.code)
        } catch {
            // Help and --version arrive here as "errors" that exit 0: let ArgumentParser print them.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = message(for: error).split(whereSeparator: \.isNewline).joined(separator: " ")
            FileHandle.standardError.write(Data("leaktrace: \(message) (see 'leaktrace help')\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }
}
