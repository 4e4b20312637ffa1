import Foundation
import LeakTraceCore
import LeakTraceReport
import XCTest
@testable import LeakTraceKit

/// The whole story in-process on a small list: the leaking branch must be named, with its window.
final class DemoRunnerTests: XCTestCase {
    func testSmallDemoAttributesTheLeakingBranch() throws {
        let folder = try TemporaryFolder("demo")
        defer { folder.remove() }
        let pipeline = try PlaybookLoader.parse(BundledPlaybook.expressPipeline, path: "built-in")
        let outcome = try DemoRunner(directory: folder.file("demo"), records: 3_000, pipeline: pipeline).run()
        let attribution = outcome.report.attribution

        XCTAssertEqual(attribution.sources, [outcome.leakingEntity])
        XCTAssertEqual(attribution.ranking.first?.entity, outcome.leakingEntity)
        XCTAssertGreaterThan(attribution.ranking.first?.log10LR ?? 0, 6, "extremely strong support expected")

        // Recall and false hits against the simulator's ground truth.
        let found = Set(outcome.report.hits.map(\.canary))
        let planted = Set(outcome.leakedCanaries.keys)
        XCTAssertEqual(found.subtracting(planted), [], "no false hits")
        XCTAssertGreaterThanOrEqual(Double(found.intersection(planted).count) / Double(planted.count), 0.9)

        // window.after is the latest plant time among the canaries found.
        let byID = Dictionary(uniqueKeysWithValues: outcome.report.hits.map { ($0.canary, $0.planted.at) })
        XCTAssertEqual(attribution.window.after, byID.values.max())

        XCTAssertEqual(outcome.report.counts.rows, outcome.listRows)
        XCTAssertEqual(outcome.report.counts.canaryRows, outcome.report.hits.count)
        XCTAssertEqual(outcome.verified[.zh], true)
        XCTAssertEqual(outcome.verified[.en], true)
        XCTAssertTrue(DemoSummary(outcome).text.contains(outcome.leakingEntity.rawValue))
    }
}
