import ArgumentParser
import Foundation
import LeakTraceCore
import LeakTraceKit

extension ExportFormat: ExpressibleByArgument {}

struct PlantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plant",
        abstract: "Plant canaries at an entity or along an order path, and write them out for that entity.",
        discussion: """
            One plant: --entity ID plants records only that entity holds (injected straight into its \
            data); --path A,B,C plants test orders that every entity on the path holds (consecutive \
            entities must be joined by a flow). Give --count (1 to 1,000,000) and --out.
              leaktrace plant --entity branch-1 --count 50 --phone-pool pool.txt --out b.csv

            A campaign: --playbook FILE carries out the playbook's `schedule:` (entity or path, count, \
            every_days from a time, or at listed times; optional format and masked). Every slot due by \
            --until (default now) that the registry does not hold yet is planted with planted_at = its \
            due time, written into --out-dir as <placement>-<time>.<format>, and recorded in the \
            registry and its audit log with who ran it (--operator). Re-running never plants a slot twice.
              leaktrace plant --playbook campaign.yaml --out-dir out --phone-pool pool.txt

            Phones: a valid Chinese mobile number almost surely belongs to someone. Real plants use \
            --phone-pool FILE, numbers you control (one per line). The numbers are spread over the \
            pipeline's placements so that a call or SMS to one narrows the leak down: each entity and each \
            complete order path gets numbers of its own when the pool is large enough (`leaktrace plan \
            --phone-pool FILE` shows the spread). Keep the pool file unchanged during a campaign. \
            --synthetic-phones generates valid-looking numbers instead and marks the canaries synthetic: \
            demos and tests only.

            Each canary is derived from the registry's secret key (HKDF), so `leaktrace explain` can prove \
            it later. It stays unique, and at least two edits from every other canary, under each mask a \
            leaked list may carry: GB/T 41833 waybills (陈*华, 139******15, no unit or room), the older \
            139****6215, a platform's virtual number (name and address only) and surname only. The \
            registry's indexes check this against every earlier canary at plant time.

            Formats (--format): csv (name,phone,address, then order_id, waybill, item, amount, \
            order_time), json (the same fields, one object per order), waybill (运单号,收件人,电话,地址,\
            寄件人,内件, as a courier's system prints them). --masked prints the rows as a GB/T 41833 \
            waybill shows them. CSV cells that a spreadsheet would run as formulas (=, +, -, @) are \
            neutralised. Nothing in an export marks a row as a canary, and no export carries the key.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Option(help: ArgumentHelp("Plant directly into this entity's data.", valueName: "id"))
    var entity: String?

    @Option(help: ArgumentHelp("Plant test orders along this path of entities.", valueName: "id,id,..."))
    var path: String?

    @Option(help: "How many canaries to plant (with --entity or --path).")
    var count: Int?

    @Option(help: ArgumentHelp("Record this plant time instead of now (backdating).", valueName: "ISO8601"))
    var at: String?

    @Option(help: ArgumentHelp("Carry out this playbook's schedule.", valueName: "file.yaml"))
    var playbook: String?

    @Option(help: ArgumentHelp("With --playbook: carry out slots due up to this time (default now).", valueName: "ISO8601"))
    var until: String?

    @Option(name: .customLong("phone-pool"), help: ArgumentHelp("Phone numbers you control, one per line.", valueName: "file"))
    var phonePool: String?

    @Flag(name: .customLong("synthetic-phones"), help: "Generate phone numbers (demo and test use only; marked synthetic).")
    var syntheticPhones = false

    @Option(help: ArgumentHelp("Where to write the entity's export (one plant).", valueName: "file"))
    var out: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Where to write a campaign's exports (--playbook).", valueName: "folder"))
    var outDir: String?

    @Option(help: ArgumentHelp("Export format: csv, json or waybill (default csv; with --playbook each schedule entry names its own).", valueName: "format"))
    var format: ExportFormat?

    @Flag(help: "Print the export masked as a GB/T 41833 waybill (name's 2nd character, 6 phone digits, unit and room hidden).")
    var masked = false

    @Option(help: ArgumentHelp("Who runs the plant (default: your user name).", valueName: "name"))
    var `operator`: String?

    func validate() throws {
        guard !(phonePool != nil && syntheticPhones) else {
            throw ValidationError("give --phone-pool FILE or --synthetic-phones, not both")
        }
        guard phonePool != nil || syntheticPhones else {
            throw ValidationError("""
                say where phone numbers come from: --phone-pool FILE (numbers you control, for real plants) \
                or --synthetic-phones (generated numbers that may belong to real people: demo and test use only)
                """)
        }
        if playbook != nil {
            guard entity == nil, path == nil, count == nil, out == nil, at == nil else {
                throw ValidationError("--playbook carries out the playbook's schedule: give --out-dir, not --entity, --path, --count, --out or --at")
            }
            // Silently ignoring them would print exports the user did not ask for.
            guard format == nil, !masked else {
                throw ValidationError("with --playbook, each schedule entry sets its own `format:` and `masked:`; drop --format and --masked")
            }
            guard outDir != nil else { throw ValidationError("--playbook needs --out-dir FOLDER for the exports") }
        } else {
            guard (entity == nil) != (path == nil) else {
                throw ValidationError("give exactly one of --entity ID or --path ID,ID,... (or --playbook FILE for a schedule)")
            }
            guard count != nil else { throw ValidationError("give --count N") }
            guard out != nil else { throw ValidationError("give --out FILE for the export") }
            guard until == nil, outDir == nil else { throw ValidationError("--until and --out-dir go with --playbook") }
        }
    }

    func run() throws {
        let phones: PlantRequest.Phones = try phonePool.map { .pool(try PhonePool.load(path: $0)) } ?? .synthetic
        let workspace = try registryOptions.workspace()
        let operatorName = Examiner.resolve(self.operator)
        if let playbook, let outDir {
            try runCampaign(playbook: playbook, outDir: outDir, phones: phones, workspace: workspace, operatorName: operatorName)
        } else if let count, let out {
            let placement = try Placement(label: entity ?? path ?? "")
            let result = try Planter(workspace: workspace).plant(PlantRequest(
                placement: placement, count: count, at: try at.map(Timestamp.parse), phones: phones,
                output: URL(fileURLWithPath: out), operatorName: operatorName, format: format ?? .csv, masked: masked))
            report(result)
        }
        if case .synthetic = phones {
            Output.note("note: synthetic phone numbers may belong to real people; these canaries are marked synthetic and are for demos and tests only")
        }
    }

    private func runCampaign(playbook: String, outDir: String, phones: PlantRequest.Phones, workspace: Workspace, operatorName: String) throws {
        let schedule = try PlantSchedule.load(path: playbook)
        let until = try self.until.map(Timestamp.parse) ?? Date()
        let steps = try CampaignRunner(planter: Planter(workspace: workspace)).run(
            schedule, until: until, phones: phones, outputDirectory: URL(fileURLWithPath: outDir), operatorName: operatorName)
        var planted = 0, skipped = 0
        for step in steps {
            switch step.outcome {
            case .planted(let result):
                planted += 1
                report(result)
            case .exportedAgain(let result):
                planted += 1
                Output.line("slot \(step.slot.entry.placement.label) at \(Timestamp.format(step.slot.due)): plant \(result.plant.id) had no export; written again")
                Output.line("export \(result.exportPath) sha256 \(result.exportSHA256)")
            case .alreadyDone(let plant):
                skipped += 1
                Output.progress("slot \(step.slot.entry.placement.label) at \(Timestamp.format(step.slot.due)) already planted (\(plant.id))")
            }
        }
        Output.line("schedule \(playbook): \(steps.count) slots due by \(Timestamp.format(until)), \(planted) carried out now, \(skipped) already done")
    }

    private func report(_ result: PlantResult) {
        let first = result.canaries.first?.id ?? "-", last = result.canaries.last?.id ?? "-"
        Output.line("planted \(result.canaries.count) canaries (\(first)…\(last)) at \(result.plant.placement.label) as plant \(result.plant.id), planted_at \(Timestamp.format(result.plant.plantedAt)), by \(result.plant.operatorName)")
        Output.line("export \(result.exportPath) sha256 \(result.exportSHA256)")
        if result.redraws.total > 0 {
            Output.note("redrawn to stay unique under masking: \(result.redraws.maskedKey) same GB/T view, \(result.redraws.otherView) same view under another mask, \(result.redraws.withinOneEdit) one typo from an earlier canary")
        }
    }
}
