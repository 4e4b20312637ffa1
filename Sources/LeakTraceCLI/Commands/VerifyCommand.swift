import ArgumentParser
import Foundation
import LeakTraceCrypto
import LeakTraceKit
import LeakTraceReport

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a report folder: every file's SHA-256 and the manifest's signature.",
        discussion: """
            Exits 0 only when every file listed in manifest.json is present and unchanged, no unlisted
            file is present, and manifest.sig verifies under signing-key.pub. Each failure names its file.

            The public key travels with the report, so a forger could re-sign with a key of their own:
            compare the printed key fingerprint with the one the registry's owner publishes, or pass
            --registry to require the registry's own key.
            """)

    @Argument(help: ArgumentHelp("The report folder.", valueName: "dir"))
    var directory: String

    @Option(help: ArgumentHelp("Also require the signature to be this registry's key.", valueName: "path"))
    var registry: String?

    func run() throws {
        var expected: Ed25519PublicKey?
        if let registry {
            expected = try Workspace.open(RegistryLocation(path: registry)).publicKey()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(message: "\(directory): not a report folder")
        }
        let result = ReportVerifier.verify(directory: URL(fileURLWithPath: directory), expectedPublicKey: expected)
        guard result.ok else {
            for failure in result.failures.dropLast() { Output.note("leaktrace: \(failure)") }
            throw CommandFailure(message: result.failures.last ?? "\(directory): verification failed")
        }
        Output.line("verified \(directory): every file's SHA-256 matches and the signature holds (key fingerprint \(result.publicKeyFingerprint))")
    }
}
