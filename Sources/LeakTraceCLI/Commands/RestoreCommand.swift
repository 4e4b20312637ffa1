import ArgumentParser
import Foundation
import LeakTraceKit

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup into a new registry and check it.",
        discussion: """
            Copies FILE (made by `leaktrace backup`) into a new registry at --registry with SQLite's
            online backup API; an existing registry or key file is never overwritten. The restored
            registry is checked: PRAGMA integrity_check, every plant's canaries, and the audit log's hash
            chain. Reports written before the backup verify against it (`leaktrace verify DIR --registry
            NEW`) once its key is beside it.

            The key comes from --key, else from FILE.key if `backup --with-key` wrote one. Otherwise copy
            your own copy of the key to NEW.key (mode 0600) yourself.
            """)

    @Argument(help: ArgumentHelp("The backup file.", valueName: "file"))
    var backup: String

    /// Its `--key FILE` here names the registry's key file to copy beside the restored registry.
    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
        let restored = try RegistryBackup.restore(from: backup, to: registryOptions.location, keyPath: registryOptions.key, passphrase: try registryOptions.passphrase())
        let health = restored.health
        guard health.isSound else {
            throw CommandFailure(message: "restored \(restored.location.path) but it is damaged: \(health.problems.joined(separator: "; "))")
        }
        guard restored.auditProblems.isEmpty else {
            throw CommandFailure(message: "restored \(restored.location.path) but its audit log is broken: \(restored.auditProblems.joined(separator: "; "))")
        }
        Output.line("restored \(backup) to \(restored.location.path): integrity \(health.integrity), \(health.plantCount) plants, \(health.canaryCount) canaries, audit log intact (\(restored.auditEntries) entries)")
        if restored.keyInstalled {
            Output.line("key installed at \(restored.location.keyPath)")
        } else {
            Output.note("note: no key restored; copy the registry's key to \(restored.location.keyPath) (chmod 600) before planting, matching or reporting")
        }
    }
}
