import Foundation
import LeakTraceCore
import LeakTraceReport

/// What the demo did, for its summary and for tests.
public struct DemoOutcome: Sendable {
    public struct Timings: Sendable {
        public var plant: Duration = .zero
        public var list: Duration = .zero
        public var match: Duration = .zero
        public var report: Duration = .zero
    }

    public var directory: URL
    public var registryPath: String
    public var pipeline: Pipeline
    public var canaryCount: Int
    public var plantCount: Int
    public var listPath: String
    public var listRows: Int
    public var listBytes: Int
    /// The entity whose data the simulated list leaked (ground truth, to compare with the attribution).
    public var leakingEntity: EntityID
    /// The canaries put into the list, by id, with how each was written (exact, reformatted, masked).
    public var leakedCanaries: [String: String]
    public var report: MatchReport
    public var matchJSON: String
    public var reports: [ReportLanguage: URL]
    public var verified: [ReportLanguage: Bool]
    public var timings: Timings
}
