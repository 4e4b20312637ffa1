import Foundation
import LeakTraceCore

/// What `leaktrace plant` was asked to do.
///
/// ```swift
/// let request = PlantRequest(placement: .entity("branch-1"), count: 40, phones: .pool(numbers),
///                            output: URL(fileURLWithPath: "branch-1.waybill.csv"), operatorName: "sec-team",
///                            format: .waybill, masked: true)
/// ```
public struct PlantRequest: Sendable {
    /// Where the phone numbers come from.
    public enum Phones: Sendable {
        /// Numbers the user controls (`--phone-pool`); one number may serve many canaries. The
        /// planter spreads them over placements (`PhonePoolAssignment`).
        case pool([String])
        /// Generated numbers (`--synthetic-phones`), for demos and tests; the canaries are marked synthetic.
        case synthetic
    }

    public var placement: Placement
    public var count: Int
    /// The plant time recorded in the registry; `nil` means now.
    public var at: Date?
    public var phones: Phones
    public var output: URL
    public var operatorName: String
    public var format: ExportFormat
    /// Print the export masked as a GB/T 41833-2022 waybill.
    public var masked: Bool

    public init(
        placement: Placement, count: Int, at: Date? = nil, phones: Phones, output: URL, operatorName: String,
        format: ExportFormat = .csv, masked: Bool = false
    ) {
        self.placement = placement
        self.count = count
        self.at = at
        self.phones = phones
        self.output = output
        self.operatorName = operatorName
        self.format = format
        self.masked = masked
    }
}
