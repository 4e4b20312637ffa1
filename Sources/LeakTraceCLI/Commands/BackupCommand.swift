import ArgumentParser
import Foundation
import LeakTraceKit

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the registry into a backup file while others keep working.",
        discussion: """
            Uses SQLite's online backup API: the copy shows the registry at one moment (never half a
            plant or half a case), while plants and matches in other processes go on. The backup is one
            self-contained file, mode 0600, checked with PRAGMA integrity_check before it takes its
            name; an existing file is never overwritten.

            The key file (<registry>.key) is NOT copied: keeping it is your job, on other media than the
            backup, because the two together can plant, match and sign reports. --with-key copies it to
            FILE.key (mode 0600) for when one trusted medium must carry both. Without its key a restored
            registry can be inspected, but not used to plant, match, report, or verify a report with
            --registry. Restore with `leaktrace restore FILE --registry NEW`.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: ArgumentHelp("Where to write the backup.", valueName: "file"))
    var out: String

    @Flag(name: .customLong("with-key"), help: "Also copy the key file to <file>.key (keep it apart from the backup where you can).")
    var withKey = false

    func run() throws {
        let workspace = try registryOptions.workspace()
        let saved = try RegistryBackup.backup(workspace, to: out, withKey: withKey)
        Output.line("backed up \(workspace.location.path) to \(saved.path): integrity \(saved.health.integrity), \(saved.health.plantCount) plants, \(saved.health.canaryCount) canaries")
        if let keyPath = saved.keyPath {
            Output.line("key copied to \(keyPath) (mode 0600): store it apart from the backup")
        } else {
            Output.note("note: the key \(workspace.location.keyPath) was not copied; keep your own copy of it on other media")
        }
    }
}
