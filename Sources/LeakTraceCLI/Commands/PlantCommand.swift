import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

struct PlantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plant",
        abstract: "Plant canaries at an entity or along an order path, and write them out for that entity.",
        discussion: """
            --entity ID plants records that only that entity holds (injected straight into its data).
            --path A,B,C plants test orders that every entity on the path holds; consecutive entities
            must be joined by a flow in the playbook.

            Phones: a valid Chinese mobile number almost surely belongs to someone. Real plants use
            --phone-pool FILE, numbers you control (one per line; one number may serve many canaries).
            --synthetic-phones generates numbers instead and marks the canaries synthetic: for demos and
            tests only.

            The export (--out) is UTF-8 CSV: name,phone,address, then order id, waybill, item, amount and
            time. Nothing in it marks a row as a canary.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: ArgumentHelp("Plant directly into this entity's data.", valueName: "id"))
    var entity: String?

    @Option(help: ArgumentHelp("Plant test orders along this path of entities.", valueName: "id,id,..."))
    var path: String?

    @Option(help: "How many canaries to plant.")
    var count: Int

    @Option(help: ArgumentHelp("Record this plant time instead of now (backdating).", valueName: "ISO8601"))
    var at: String?

    @Option(name: .customLong("phone-pool"), help: ArgumentHelp("Phone numbers you control, one per line.", valueName: "file"))
    var phonePool: String?

    @Flag(name: .customLong("synthetic-phones"), help: "Generate phone numbers (demo and test use only; marked synthetic).")
    var syntheticPhones = false

    @Option(help: ArgumentHelp("Where to write the entity's export.", valueName: "file.csv"))
    var out: String

    @Option(help: ArgumentHelp("Who runs the plant (default: your user name).", valueName: "name"))
    var `operator`: String?

    func validate() throws {
        guard (entity == nil) != (path == nil) else {
            throw ValidationError("give exactly one of --entity ID or --path ID,ID,...")
        }
        guard !(phonePool != nil && syntheticPhones) else {
            throw ValidationError("give --phone-pool FILE or --synthetic-phones, not both")
        }
        guard phonePool != nil || syntheticPhones else {
            throw ValidationError("""
                say where phone numbers come from: --phone-pool FILE (numbers you control, for real plants) \
                or --synthetic-phones (generated numbers that may belong to real people: demo and test use only)
                """)
        }
    }

    func run() throws {
        let placement = try Placement(label: entity ?? path ?? "")
        let phones: PlantRequest.Phones = try phonePool.map { .pool(try PhonePool.load(path: $0)) } ?? .synthetic
        let workspace = try registryOptions.workspace()
        let result = try Planter(workspace: workspace).plant(PlantRequest(
            placement: placement, count: count, at: try at.map(Timestamp.parse), phones: phones,
            output: URL(fileURLWithPath: out), operatorName: Examiner.resolve(self.operator)))
        let first = result.canaries.first?.id ?? "-", last = result.canaries.last?.id ?? "-"
        Output.line("planted \(result.canaries.count) canaries (\(first)…\(last)) at \(placement.label) as plant \(result.plant.id), planted_at \(Timestamp.format(result.plant.plantedAt))")
        Output.line("export \(result.exportPath) sha256 \(result.exportSHA256)")
        if case .synthetic = phones {
            Output.note("note: synthetic phone numbers may belong to real people; these canaries are marked synthetic and are for demos and tests only")
        }
    }
}
