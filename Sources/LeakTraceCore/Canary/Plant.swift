import Foundation

/// One run of `leaktrace plant`: a batch of canaries put at one placement at one time.
public struct Plant: Codable, Hashable, Sendable, Identifiable {
    public enum Status: String, Codable, Sendable {
        /// Canaries are recorded; the export file is not yet in place. An interrupted plant stays here.
        case recorded
        /// The export was written and its hash recorded.
        case exported
    }

    public var id: String
    public var placement: Placement
    public var plantedAt: Date
    /// When the plant was actually run (differs from `plantedAt` when backdated with `--at`).
    public var recordedAt: Date
    public var count: Int
    public var phoneOrigin: PhoneOrigin
    public var operatorName: String
    public var status: Status
    public var exportPath: String?
    public var exportSHA256: String?

    public init(
        id: String, placement: Placement, plantedAt: Date, recordedAt: Date, count: Int,
        phoneOrigin: PhoneOrigin, operatorName: String, status: Status,
        exportPath: String? = nil, exportSHA256: String? = nil
    ) {
        self.id = id
        self.placement = placement
        self.plantedAt = plantedAt
        self.recordedAt = recordedAt
        self.count = count
        self.phoneOrigin = phoneOrigin
        self.operatorName = operatorName
        self.status = status
        self.exportPath = exportPath
        self.exportSHA256 = exportSHA256
    }
}
