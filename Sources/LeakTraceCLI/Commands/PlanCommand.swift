import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Propose how many canaries to plant where, so every entity can be told apart from every other.",
        discussion: """
            Starts from the registry's pipeline and its live canaries. In order: replaces burned canaries
            (disclosed in reports) where they were; spreads --path-share of the rest as test orders over
            every complete order path; gives each entity whose canaries another entity all holds too at
            least --minimum canaries of its own; and allocates the rest with Papadimitriou &
            Garcia-Molina's e-optimal rule (each canary to the entity with the largest
            (1/|Ri| − 1/(|Ri|+1))·Σj≠i|Ri∩Rj|). Each choice is explained. With --phone-pool it also shows
            which numbers each placement uses and who a call to each number points at.

            Nothing is planted: carry the plan out with `leaktrace plant` or a playbook schedule.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: "How many canaries to propose.")
    var budget: Int

    @Option(help: "Canaries of its own each entity gets at least, where another entity holds all of its others.")
    var minimum = 5

    @Option(name: .customLong("path-share"), help: "Share of the budget (after replacements) for test orders along paths.")
    var pathShare = 0.3

    @Option(name: .customLong("phone-pool"), help: ArgumentHelp("Show how this phone pool is spread over placements.", valueName: "file"))
    var phonePool: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let workspace = try registryOptions.workspace()
        let plan = try CampaignPlanner(workspace: workspace).plan(budget: budget, minimumDirect: minimum, pathShare: pathShare)
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
