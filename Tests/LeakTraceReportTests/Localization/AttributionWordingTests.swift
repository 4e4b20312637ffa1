import Foundation
import LeakTraceAttribution
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

/// The Chinese report renders the attribution model's explanations in Chinese. These cases run the
/// real `AttributionModel`, so a change in the model's wording that the report no longer recognises
/// fails here rather than leaking English into a Chinese court document.
final class AttributionWordingTests: XCTestCase {
    private static func day(_ n: Int) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + Double(n) * 86_400) }

    /// Canaries planted at `visibility` (ids `prefix-00`…), the first `found` of them in the list.
    private struct Plan {
        var exposures: [CanaryExposure] = []
        mutating func plant(_ count: Int, _ prefix: String, _ visibility: Set<EntityID>, firstDay: Int, daily: Bool = false, found: Int = 0) {
            for i in 0..<count {
                exposures.append(CanaryExposure(
                    id: String(format: "%@-%02d", prefix, i), visibility: visibility,
                    plantedAt: day(daily ? firstDay + i : firstDay), found: i < found, chanceMatch: 1e-6))
            }
        }
    }

    /// SyntheticFindings' case with the real model's attribution of `plan` and a hit per found canary.
    private func findings(_ plan: Plan) -> CaseFindings {
        var findings = SyntheticFindings.make()
        let model = AttributionModel(pipeline: findings.pipeline)
        findings.attribution = model.attribute(plan.exposures)
        findings.hits = plan.exposures.filter(\.found).enumerated().map { index, exposure in
            Hit(file: "seized/测试清单.csv", record: index + 1, canary: exposure.id, entity: exposure.visibility.sorted().first!.rawValue, score: 30,
                fields: FieldAgreements(phone: .exact, name: .exact, address: .exact),
                planted: PlantedValues(name: "测试\(index)", phone: "1990000\(String(format: "%04d", index))", address: "测试地址", at: exposure.plantedAt),
                seen: "测试\(index),1990000\(String(format: "%04d", index)),测试地址")
        }
        return findings
    }

    private var boundedPlan: Plan {
        var plan = Plan()
        plan.plant(20, "b2", ["branch-2"], firstDay: 1, found: 15)
        plan.plant(30, "b2late", ["branch-2"], firstDay: 10, daily: true)
        plan.plant(20, "b1", ["branch-1"], firstDay: 1)
        plan.plant(6, "path", ["platform", "merchant-a", "courier-hq", "branch-2"], firstDay: 2, found: 3)
        return plan
    }

    func testBoundedWindowAndLimitationsReadInChinese() throws {
        let f = findings(boundedPlan)
        XCTAssertNotNil(f.attribution.window.before, "the scenario must bound the window: \(f.attribution.window)")
        let wording = AttributionWording(findings: f, language: .zh)
        let before = try XCTUnwrap(wording.beforeReason())
        XCTAssertTrue(before.contains("30 条植入时间晚于") && before.contains("95% 置信下限") && before.contains("很可能在此之前被复制"), before)
        let after = try XCTUnwrap(wording.afterReason())
        XCTAssertTrue(after.contains("path-00") && after.contains("18 条金丝雀记录"), after)
        XCTAssertTrue(wording.prior().hasPrefix("对 6 个环节及“均非”共 7 个假设取均匀先验"), wording.prior())
        XCTAssertTrue(wording.coverageModel().contains("均匀先验 Beta(1, 1)") && wording.coverageModel().contains("须多出 2"), wording.coverageModel())
        let statements = f.attribution.limitations.map(wording.statement)
        XCTAssertTrue(statements.contains { $0.contains("命中记录无法区分测试电商平台（platform）、样例商家A（merchant-a）") }, "\(statements)")
        XCTAssertTrue(statements.contains { $0.hasPrefix("没有任何金丝雀记录对样例网点三（branch-3）可见") }, "\(statements)")
        let remedies = f.attribution.limitations.compactMap(wording.remedy)
        XCTAssertTrue(remedies.contains { $0.hasPrefix("在样例网点三（branch-3）直接植入") }, "\(remedies)")
        assertNoEnglishSentences(f)
    }

    func testLowCoverageAbsenceAndAnOpenWindowReadInChinese() throws {
        var plan = Plan()
        plan.plant(40, "b2", ["branch-2"], firstDay: 1, found: 2)
        plan.plant(3, "b2late", ["branch-2"], firstDay: 10, daily: true)
        plan.plant(4, "b1", ["branch-1"], firstDay: 1)
        let f = findings(plan)
        XCTAssertEqual(f.attribution.sources, ["branch-2"])
        XCTAssertNil(f.attribution.window.before)
        let wording = AttributionWording(findings: f, language: .zh)
        let before = try XCTUnwrap(wording.beforeReason())
        XCTAssertTrue(before.contains("不能确定复制时间的上限") && before.contains("阈值"), before)
        let weak = try XCTUnwrap(f.attribution.limitations.first { $0.statement.contains("weak evidence") })
        let statement = wording.statement(weak)
        XCTAssertTrue(statement.contains("弱证据") && statement.contains("样例网点一（branch-1）（4 条中发现 0 条"), statement)
        XCTAssertEqual(wording.remedy(weak).map { $0.hasPrefix("在") && $0.contains("增加植入") }, true)
        assertNoEnglishSentences(f)
    }

    func testNoHitsReadsInChinese() throws {
        var plan = Plan()
        plan.plant(10, "b2", ["branch-2"], firstDay: 1)
        plan.plant(10, "b1", ["branch-1"], firstDay: 1)
        let f = findings(plan)
        XCTAssertTrue(f.attribution.sources.isEmpty)
        let wording = AttributionWording(findings: f, language: .zh)
        XCTAssertEqual(wording.afterReason(), "未发现金丝雀记录，无法确定检材清单的形成时间。")
        XCTAssertEqual(wording.beforeReason(), "未发现金丝雀记录，无法确定清单被复制时间的上限。")
        assertNoEnglishSentences(f)
    }

    func testEnglishReportKeepsTheModelsOwnWords() {
        let f = findings(boundedPlan)
        let wording = AttributionWording(findings: f, language: .en)
        XCTAssertEqual(wording.prior(), f.attribution.prior)
        XCTAssertEqual(wording.beforeReason(), f.attribution.window.beforeReason)
        XCTAssertEqual(f.attribution.limitations.map(wording.statement), f.attribution.limitations.map(\.statement))
    }

    func testUnknownWordingIsNeverCopiedIntoChinese() {
        var f = SyntheticFindings.make()
        f.attribution.prior = "A prior nobody has seen before."
        f.attribution.limitations = [Limitation(entities: ["branch-1"], statement: "Something new about branch-1.", remedy: "Do something new.")]
        let wording = AttributionWording(findings: f, language: .zh)
        XCTAssertEqual(wording.prior(), "先验的说明见 report.json 中的 attribution.prior 字段。")
        XCTAssertFalse(wording.statement(f.attribution.limitations[0]).contains("Something"))
        XCTAssertFalse(wording.remedy(f.attribution.limitations[0])?.contains("Do something") ?? true)
    }

    func testNumbersAreReadOutOfTheModelsText() {
        XCTAssertEqual(AttributionWording.percents(in: "at least 43% (95% lower bound), probability less than 0.01%."), ["43%", "95%", "低于 0.01%"])
        XCTAssertEqual(AttributionWording.integer(after: " held ", in: "branch-2 held 30 canaries"), 30)
        XCTAssertEqual(AttributionWording.entityTokens(in: "Plant directly at branch-1 and branch-10.", known: ["branch-1", "branch-10"]), ["branch-1", "branch-10"])
    }

    /// Three English words in a row in the Chinese page's visible text, outside hashes, commands
    /// and the seized rows shown verbatim, is an English sentence the reader was not meant to get.
    private func assertNoEnglishSentences(_ findings: CaseFindings, file: StaticString = #filePath, line: UInt = #line) {
        let page = HTMLReportRenderer(document: ReportDocument(findings: findings, language: .zh, signingKeyFingerprint: "")).render()
        var text = page
        // Entity ids (and placement labels made of them) are identifiers, not words.
        for id in findings.pipeline.entityIDs.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            text = text.replacingOccurrences(of: id.rawValue, with: " ")
        }
        for pattern in [#"<style>[\s\S]*?</style>"#, #"<(span|p|div) class="(mono|hash|seen)">[\s\S]*?</\1>"#, "<[^>]*>", #"leaktrace [a-z -]+"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let english = try! NSRegularExpression(pattern: #"[A-Za-z][a-z]+(?:[ ,;:'’-]+[A-Za-z][a-z]+){2,}"#)
        let found = english.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range) }
        XCTAssertEqual(found, [], "English in the Chinese report", file: file, line: line)
    }
}
