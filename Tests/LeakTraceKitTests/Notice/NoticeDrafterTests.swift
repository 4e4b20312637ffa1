import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

final class NoticeDrafterTests: XCTestCase {
    func testDraftsTheArticle57NoticeForTheAttributedSource() throws {
        let matched = try MatchedCase("notice")
        defer { matched.remove() }
        XCTAssertEqual(matched.report.attribution.sources, ["branch-2"])
        let drafter = NoticeDrafter(workspace: matched.workspace)
        let url = matched.folder.file("notice-zh.md")
        XCTAssertEqual(try drafter.write(caseName: MatchedCase.caseName, language: .zh, to: url), ["branch-2"])
        let zh = try String(contentsOf: url, encoding: .utf8)
        let counts = matched.report.counts
        // The notice repeats the court's (conservative) strength, never the model's raw figure.
        let source = try XCTUnwrap(matched.report.attribution.ranking.first { $0.entity == "branch-2" })
        let scale = source.conservativeSupport
        XCTAssertNotNil(source.conservativeLog10LR)
        for phrase in ["草稿", "第五十七条", "不对任何单位或个人作出法律结论", "一、发生或者可能发生泄露的个人信息种类", "二、原因",
                       "三、可能造成的危害", "四、已采取的补救措施和个人可以采取的减轻危害的措施", "五、个人信息处理者的联系方式",
                       "（branch-2）", "手机号码：\(counts.uniqueValid) 条记录", "提供\(scale.chinese)", "电话：[ ]"] {
            XCTAssertTrue(zh.contains(phrase), "missing \(phrase)")
        }
        // No canary, and so no record of the list, is disclosed by a notice.
        for canary in matched.branch2 {
            XCTAssertFalse(zh.contains(canary.person.phone) || zh.contains(canary.person.name) || zh.contains(canary.id), canary.id)
        }
        XCTAssertThrowsError(try drafter.write(caseName: MatchedCase.caseName, language: .zh, to: url), "never writes over a file")

        let en = try drafter.drafts(caseName: MatchedCase.caseName, language: .en).map(\.markdown).joined()
        for phrase in ["DRAFT", "PIPL Art. 57", "draws no legal conclusion", "## 2. Cause", "\(scale.english) support on the ENFSI", "Telephone: [ ]"] {
            XCTAssertTrue(en.contains(phrase), "missing \(phrase)")
        }
    }

    func testAnUnattributedEntityIsAddressedOnlyOnRequestAndSaysSo() throws {
        let matched = try MatchedCase("notice2")
        defer { matched.remove() }
        let notice = try XCTUnwrap(NoticeDrafter(workspace: matched.workspace).drafts(caseName: MatchedCase.caseName, entity: "branch-1", language: .zh).first)
        XCTAssertEqual(notice.entity.id, "branch-1")
        XCTAssertTrue(notice.markdown.contains("未将查获清单归因于"), notice.markdown)
        XCTAssertThrowsError(try NoticeDrafter(workspace: matched.workspace).drafts(caseName: MatchedCase.caseName, entity: "nowhere", language: .zh))
    }

    func testSameFindingsGiveTheSameDraft() throws {
        let matched = try MatchedCase("notice3")
        defer { matched.remove() }
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let drafter = NoticeDrafter(workspace: matched.workspace)
        let a = try drafter.drafts(caseName: MatchedCase.caseName, language: .zh, at: at).map(\.markdown)
        let b = try drafter.drafts(caseName: MatchedCase.caseName, language: .zh, at: at).map(\.markdown)
        XCTAssertEqual(a, b)
    }
}
