import Foundation

/// `make bench`: issue 6's figures in one run. Plants the demo's registry, writes the lists, runs
/// `leaktrace match` and its peers as separate processes (start-up included, as a user sees it)
/// and prints every figure with its target.
///
/// ```swift
/// // swift run -c release LeakTraceBench --leaktrace .build/release/leaktrace --python .build/bench-venv/bin/python
/// ```
@main
struct BenchMain {
    static func main() {
        do {
            try run(BenchOptions(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ options: BenchOptions) throws {
        let fm = FileManager.default
        for tool in [options.leaktrace, options.timeTool] + (options.sections.contains(1) ? [options.rg] : []) where !fm.isExecutableFile(atPath: tool) {
            throw BenchFailure("\(tool) is missing or not executable")
        }
        let work = URL(fileURLWithPath: options.work).appendingPathComponent("run")
        if fm.fileExists(atPath: work.path) { try fm.removeItem(at: work) }
        try fm.createDirectory(at: work, withIntermediateDirectories: true)

        let clock = ContinuousClock()
        let started = clock.now
        BenchLog.line("LeakTrace bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_048_576) MiB RAM, \(ProcessInfo.processInfo.operatingSystemVersionString)")
        BenchLog.line("leaktrace \(options.leaktrace); every process timed from spawn to exit; best of \(options.runs) unless said")
        BenchLog.note("planting the demo registry")
        let benchCase = try BenchCase.create(in: work.appendingPathComponent("case"))
        let phones = work.appendingPathComponent("phones.txt")
        try benchCase.writePhones(to: phones)
        let context = BenchContext(
            options: options, work: work, timer: CommandTimer(timeTool: options.timeTool, scratch: work),
            benchCase: benchCase, phonesFile: phones.path)

        // A section that fails says so and the run goes on: every other figure is still printed.
        func section(_ number: Int, _ body: () throws -> Void) {
            do {
                try body()
            } catch {
                BenchLog.line("section \(number) FAILED: \(String(describing: error).prefix(300))")
            }
        }
        var replica: ReplicaSection.Outcome?
        if options.sections.contains(1) || options.sections.contains(3) || options.sections.contains(5) {
            section(1) { replica = try ReplicaSection(context: context).run() }
        }
        if options.sections.contains(2) { section(2) { try ScaleSection(context: context).run() } }
        if options.sections.contains(3), let replica { section(3) { try CanaryScaleSection(context: context, list: replica.list).run() } }
        if options.sections.contains(4) { section(4) { try FormatsSection(context: context).run() } }
        if options.sections.contains(5), let replica { section(5) { try PeerSection(context: context, replica: replica).run() } }
        BenchLog.line()
        BenchLog.line("bench finished in \(Figures.fixed((clock.now - started).seconds / 60, 1)) min; work files in \(work.path)")
    }
}
