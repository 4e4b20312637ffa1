import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

extension AllocatorKind: ExpressibleByArgument {}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Propose how many canaries to plant where, so every entity can be told apart from every other.",
        discussion: """
            Starts from the registry's pipeline (entities and flows) and its live canaries, and \
            follows Papadimitriou & Garcia-Molina's data-leakage allocation (IEEE TKDE 2011). In order:
              1. replacement: burned canaries (disclosed in reports, known to the defence) are \
            replaced where they were planted;
              2. test-orders: --path-share of the rest goes evenly to every complete order path, \
            which checks each entity's intake;
              3. separation: each entity whose canaries another entity all holds too (a merchant \
            inside the platform, a branch inside HQ) gets at least --minimum canaries of its own;
              4. direct: the rest go one at a time by --allocator. e-optimal (the default) gives each \
            to the entity with the largest gain (1/|Ri| − 1/(|Ri|+1))·Σj≠i|Ri∩Rj|, which lowers the sum \
            of relative overlaps fastest; s-max gives each where the largest relative overlap \
            max i≠j |Ri∩Rj|/|Ri| (then the next largest) ends lowest, which helps the hardest pair first.
            Each line of the plan says why. The plan ends with the sum of relative overlaps before and \
            after, the largest relative overlap before and after, what each entity would hold, and whether every entity can be told from every other.

            With --phone-pool FILE it also shows which pool numbers each placement would use and who a \
            call to each number points at.

            Nothing is planted: carry the plan out with `leaktrace plant` or a playbook `schedule:`.
              leaktrace plan --budget 500 --phone-pool pool.txt
              leaktrace plan --budget 500 --allocator s-max
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "How many canaries to propose (1 to 1,000,000), replacements included.")
    var budget: Int

    @Option(help: "Canaries of its own each entity gets at least, where another entity holds all its others.")
    var minimum = 5

    @Option(name: .customLong("path-share"), help: "Share of the budget (after replacements) for test orders along paths, 0 to 1.")
    var pathShare = 0.3

    @Option(help: "How the direct canaries are placed: e-optimal (lowest sum of relative overlaps) or s-max (lowest largest relative overlap).")
    var allocator: AllocatorKind = .eOptimal

    @Option(name: .customLong("phone-pool"), help: ArgumentHelp("Show how this phone pool is spread over placements.", valueName: "file"))
    var phonePool: String?

    @Flag(help: "Print the plan as JSON instead of text (without the phone pool spread).")
    var json = false

    func run() throws {
        let workspace = try registryOptions.workspace()
        let plan = try CampaignPlanner(workspace: workspace).plan(budget: budget, minimumDirect: minimum, pathShare: pathShare, allocator: allocator)
        if json {
            Output.line(String(decoding: try JSONCoding.encoder().encode(plan), as: UTF8.self))
        } else {
            Output.line(plan.text())
        }
        if let phonePool, !json {
            let assignment = PhonePoolAssignment(pipeline: try workspace.registry.pipeline(), pool: try PhonePool.load(path: phonePool))
            Output.line("phone pool (\(assignment.pool.count) numbers over \(assignment.slots.count) placements):")
            for slot in assignment.slots {
                Output.line("  \(slot.label): \(assignment.numbers(for: slot).joined(separator: ", "))")
            }
            for number in assignment.pool {
                Output.line("  a call to \(number) points at: \(assignment.suspects(of: number).sorted().map(\.rawValue).joined(separator: ", "))")
            }
        }
    }
}
