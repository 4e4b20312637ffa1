import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceCrypto
import LeakTraceKit
import LeakTraceRegistry

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the registry's audit log, and prove single entries to others.",
        discussion: """
            Every plant, export, intake, match, report and burn appends an entry that holds the hash of
            the entry before it. The entries also form an RFC 9162 (Certificate Transparency) Merkle tree,
            and each command that writes to the log ends by signing the tree's head with the registry's
            key. `verify` checks all of it; `proof` writes an inclusion proof for one entry that
            `check-proof` verifies anywhere, without the registry.
            """,
        subcommands: [Verify.self, Show.self, Seal.self, Proof.self, CheckProof.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the chain, the Merkle root, every signed tree head and their consistency.",
            discussion: """
                Exits non-zero, naming each problem, when any entry was edited, deleted or reordered, or a head
                does not verify. Heads are checked against the registry's public key, which must match its key
                file; the key's fingerprint is printed to compare with the published one.
                """)

        @OptionGroup var registryOptions: RegistryOptions

        func run() throws {
            let registry = try registryOptions.workspace().registry
            let check = try registry.verifyAudit()
            guard check.ok else {
                for problem in check.problems.dropLast() { Output.note("leaktrace: audit \(problem)") }
                throw CommandFailure(message: "audit \(check.problems.last!)")
            }
            guard let head = check.latestHead else {
                Output.line("audit log chain intact: \(check.entries) entries; no signed tree head yet (run `leaktrace audit seal`)")
                return
            }
            Output.line("audit log intact: \(check.entries) entries, chain verified; \(check.heads.count) signed tree heads verify and are consistent")
            Output.line("latest head: \(head.treeSize) entries, Merkle root \(head.rootHash.hexString), signed \(Timestamp.format(Date(timeIntervalSince1970: Double(head.timestampMilliseconds / 1000))))")
            if let key = try registry.publicKey() {
                Output.line("heads signed by key fingerprint \(key.fingerprint)")
            }
            if check.unsealed > 0 {
                Output.note("leaktrace: warning: \(check.unsealed) entries after the latest signed head are not yet signed (an interrupted command?); `leaktrace audit seal` signs them")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the audit log, one entry a line: sequence, time, actor, action, detail, hash.")

        @OptionGroup var registryOptions: RegistryOptions

        func run() throws {
            for entry in try registryOptions.workspace().registry.auditEntries() {
                Output.line("\(entry.sequence)\t\(entry.at)\t\(entry.actor)\t\(entry.action)\t\(entry.detail)\t\(entry.entryHash)")
            }
        }
    }

    struct Seal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign a tree head over every entry now (commands do this themselves; use it after an interrupted one).")

        @OptionGroup var registryOptions: RegistryOptions

        func run() throws {
            guard let head = try AuditNotary(workspace: registryOptions.workspace()).seal() else {
                Output.line("the audit log is empty; nothing to sign")
                return
            }
            Output.line("signed tree head: \(head.treeSize) entries, Merkle root \(head.rootHash.hexString)")
        }
    }

    struct Proof: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an inclusion proof for one entry against the latest signed tree head.",
            discussion: """
                The proof holds the entry, its audit path, the signed head (size, root, time, signature) and
                the registry's public key. Anyone can check it with `leaktrace audit check-proof FILE`.
                """)

        @OptionGroup var registryOptions: RegistryOptions

        @Argument(help: ArgumentHelp("The entry's sequence number, as `leaktrace audit show` prints it.", valueName: "n"))
        var entry: Int

        @Option(help: ArgumentHelp("The proof file to write (JSON).", valueName: "file"))
        var out: String

        func run() throws {
            let url = URL(fileURLWithPath: out)
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw CommandFailure(message: "\(out) already exists; a proof is never written over a file")
            }
            let proof = try AuditInclusionProof.issue(forEntry: entry, in: registryOptions.workspace())
            do {
                try proof.jsonData().write(to: url, options: .withoutOverwriting)
            } catch {
                throw CommandFailure(message: "\(out): cannot write: \(error.localizedDescription)")
            }
            Output.line("proof for entry \(entry) (\(proof.entry.action), \(proof.entry.at)) in a signed tree of \(proof.treeSize) entries: \(out)")
            Output.line("key fingerprint \(proof.publicKeyFingerprint)")
        }
    }

    struct CheckProof: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-proof",
            abstract: "Verify an inclusion proof offline; no registry is needed.",
            discussion: """
                Checks the entry against its hash, the audit path against the root, and the tree head's
                signature against the enclosed key. Anyone can sign with a key of their own: compare the
                printed fingerprint with the one the registry's owner publishes, or pass --key-fingerprint.
                """)

        @Argument(help: ArgumentHelp("The proof file.", valueName: "file"))
        var file: String

        @Option(name: .customLong("key-fingerprint"), help: ArgumentHelp("Require the signing key to have this SHA-256 fingerprint.", valueName: "hex"))
        var keyFingerprint: String?

        func run() throws {
            let proof = try AuditInclusionProof.load(from: URL(fileURLWithPath: file))
            let problems = proof.problems(expectedFingerprint: keyFingerprint)
            guard problems.isEmpty else {
                for problem in problems.dropLast() { Output.note("leaktrace: \(file): \(problem)") }
                throw CommandFailure(message: "\(file): \(problems.last!)")
            }
            let entry = proof.entry
            Output.line("proof holds: entry \(entry.sequence) (\(entry.at) \(entry.actor) \(entry.action): \(entry.detail))")
            Output.line("is entry \(entry.sequence) of the \(proof.treeSize)-entry audit log of registry \(proof.registryID), Merkle root \(proof.rootHash), signed \(Timestamp.format(proof.signedAt))")
            Output.line("signing key fingerprint \(proof.publicKeyFingerprint)\(keyFingerprint == nil ? " (compare it with the one the registry's owner publishes)" : " (as required)")")
        }
    }
}
