import Foundation
import LeakTraceCore
import LeakTraceReport
import XCTest
@testable import LeakTraceKit

final class CaseReporterTests: XCTestCase {
    func testReportCarriesFilingAndCheckpointThenBurnsWithTheCase() throws {
        let matched = try MatchedCase("reporter")
        defer { matched.remove() }
        let found = Set(matched.report.hits.map(\.canary))
        XCTAssertEqual(found, Set(matched.branch2.prefix(8).map(\.id)))
        XCTAssertTrue(matched.report.hits.allSatisfy { hit in
            guard let w = hit.weights else { return false }
            return abs(w.total - hit.score) < 0.01 && w.phone > 0
        }, "every hit carries its per-field weights, summing to its score")

        let entriesBefore = try matched.workspace.registry.auditEntries().count
        let folder = matched.folder.file("report")
        let filing = FilingDetails(caseNumber: "测试案号-017", sealNumber: "FC-01", exhibitNumbers: ["JC-T-01"], witness: "测试见证人")
        try CaseReporter(workspace: matched.workspace).write(
            caseName: MatchedCase.caseName, to: folder, language: .zh, examiners: ["甲", "乙"], filing: filing, actor: "tester")

        let document = try JSONCoding.decoder().decode(ReportDocument.self, from: Data(contentsOf: folder.appendingPathComponent("report.json")))
        XCTAssertEqual(document.case.number, "测试案号-017")
        XCTAssertEqual(document.case.sealNumber, "FC-01")
        XCTAssertEqual(document.case.witness, "测试见证人")
        XCTAssertEqual(document.case.exhibits.map(\.number), ["JC-T-01"])
        let checkpoint = try XCTUnwrap(document.auditCheckpoint)
        XCTAssertEqual(checkpoint.treeSize, entriesBefore, "the report quotes the head that covers the case's match")
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains(checkpoint.rootHash))
        XCTAssertTrue(ReportVerifier.verify(directory: folder, expectedPublicKey: try matched.workspace.secret.signingKey().publicKey).ok)

        let burned = try matched.workspace.registry.burnedCanaries()
        XCTAssertEqual(Set(burned.map(\.id)), found)
        XCTAssertTrue(burned.allSatisfy { $0.cases == [MatchedCase.caseName] })
        // Report and burn entries were appended and sealed: the log verifies with nothing unsigned.
        let check = try matched.workspace.registry.verifyAudit()
        XCTAssertEqual(check.problems, [])
        XCTAssertEqual(check.entries, entriesBefore + 2)
        XCTAssertEqual(check.unsealed, 0)
    }
}
