import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole story on synthetic data: plant, leak, match, attribute, report.",
        discussion: """
            Creates a registry from the express-pipeline playbook, plants canaries at every entity and
            along three order paths in three waves, builds a seized list shaped like the 619,109-record
            QQ trade case in which one branch's data leaked, then matches it, attributes it and writes
            signed reports in Chinese and English. All phone numbers are synthetic.
            """)

    @Option(help: ArgumentHelp("A new folder for everything the demo writes (default: ./leaktrace-demo-<time>).", valueName: "dir"))
    var dir: String?

    @Option(help: "Rows in the seized list.")
    var records = 619_109

    @Option(help: ArgumentHelp("The playbook (default: Playbooks/express-pipeline.yaml, else the built-in copy).", valueName: "file.yaml"))
    var playbook: String?

    func validate() throws {
        guard records >= 1_000 else { throw ValidationError("--records must be at least 1000") }
    }

    func run() throws {
        let pipeline: Pipeline
        if let playbook {
            pipeline = try PlaybookLoader.load(path: playbook)
        } else if FileManager.default.fileExists(atPath: BundledPlaybook.relativePath) {
            pipeline = try PlaybookLoader.load(path: BundledPlaybook.relativePath)
        } else {
            pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in \(BundledPlaybook.relativePath)")
        }
        let folder = dir ?? "leaktrace-demo-" + Timestamp.format(Date()).filter { $0.isNumber }.prefix(14)
        let outcome = try DemoRunner(directory: URL(fileURLWithPath: folder), records: records, pipeline: pipeline)
            .run(progress: { Output.progress($0) })
        Output.line(DemoSummary(outcome).text)
        guard outcome.verified.values.allSatisfy({ $0 }) else {
            throw CommandFailure(message: "a demo report did not verify")
        }
    }
}
