import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceRegistry

final class RegistryCasesTests: XCTestCase {
    private func storedCase(_ name: String, hits: Int) -> StoredCase {
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let evidence = [EvidenceItem(path: "seized/list.csv", sha256: String(repeating: "a", count: 64), md5: "m", sm3: "s", bytes: 10, records: 3, encoding: "utf-8", format: "csv", examiner: "A", intakeAt: at)]
        let hitList = (0..<hits).map { i in
            Hit(file: "seized/list.csv", record: i + 1, canary: "c00000\(i)", entity: "branch-1", score: 30.5,
                fields: FieldAgreements(phone: .exact, name: .masked, address: .partial),
                planted: PlantedValues(name: "测试", phone: "13800000000", address: "测试地址", at: at), seen: "测试,138,地址")
        }
        let attribution = Attribution(
            sources: ["branch-1"], ranking: [EntityHypothesis(entity: "branch-1", posterior: 0.99, log10LR: 7.5, coverage: 0.4, hits: hits, visible: 5)],
            window: LeakWindow(after: at, before: nil), prior: "uniform", coverageModel: "uniform prior on f")
        return StoredCase(name: name, examiner: "A", matchedAt: at, evidence: evidence, hits: hitList, attribution: attribution, counts: RecordCounts(rows: 3, canaryRows: hits))
    }

    func testCaseRoundTrip() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 2), [RegistryFixture.canary(first, plantID: "p0"), RegistryFixture.canary(first + 1, plantID: "p0")])
        }
        let original = storedCase("case-1", hits: 2)
        try fixture.registry.saveCase(original)
        XCTAssertEqual(try fixture.registry.loadCase("case-1"), original)
    }

    func testRerunReplacesTheCase() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        _ = try fixture.registry.recordPlant(actor: "tester") { first, _ in
            (RegistryFixture.plant(id: "p0", count: 2), [RegistryFixture.canary(first, plantID: "p0"), RegistryFixture.canary(first + 1, plantID: "p0")])
        }
        try fixture.registry.saveCase(storedCase("case-1", hits: 2))
        try fixture.registry.saveCase(storedCase("case-1", hits: 1))
        XCTAssertEqual(try fixture.registry.loadCase("case-1").hits.count, 1)
        XCTAssertEqual(try fixture.registry.loadCase("case-1").evidence.count, 1)
    }

    func testUnknownCaseListsKnownOnes() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try fixture.registry.saveCase(storedCase("alpha", hits: 0))
        XCTAssertThrowsError(try fixture.registry.loadCase("beta")) { error in
            XCTAssertTrue(String(describing: error).contains("no case 'beta'"))
            XCTAssertTrue(String(describing: error).contains("alpha"))
        }
    }

    func testIntakeWithoutResultsIsReportedAsUnfinished() throws {
        let fixture = try RegistryFixture()
        defer { fixture.remove() }
        try fixture.registry.recordIntake(caseName: "half", examiner: "A", at: Date(), evidence: storedCase("x", hits: 0).evidence)
        XCTAssertThrowsError(try fixture.registry.loadCase("half")) { error in
            XCTAssertTrue(String(describing: error).contains("did not finish"))
        }
    }
}
