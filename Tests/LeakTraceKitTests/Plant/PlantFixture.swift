import Foundation
import LeakTraceCore
@testable import LeakTraceKit

/// A fresh registry on the bundled express pipeline, in a temporary folder.
struct PlantFixture {
    let folder: TemporaryFolder
    let workspace: Workspace

    init(_ label: String = "plant") throws {
        folder = try TemporaryFolder(label)
        workspace = try Workspace.create(
            RegistryLocation(path: folder.path("r.db")), pipeline: PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in"))
    }

    /// Pool numbers built at run time from a fixed head and a counter.
    static func pool(_ count: Int) -> [String] {
        (1...count).map { "1390000" + String(format: "%04d", $0) }
    }

    func plant(_ placement: Placement, count: Int, phones: PlantRequest.Phones = .synthetic, file: String,
               format: ExportFormat = .csv, masked: Bool = false, at: Date? = nil) throws -> PlantResult {
        try Planter(workspace: workspace).plant(PlantRequest(
            placement: placement, count: count, at: at, phones: phones, output: folder.file(file), operatorName: "tester",
            format: format, masked: masked))
    }
}
