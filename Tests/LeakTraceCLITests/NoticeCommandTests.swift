import Foundation
import XCTest

/// `leaktrace notice` on the demo's case, with the real binary.
final class NoticeCommandTests: XCTestCase {
    func testDraftsTheNoticeInBothLanguagesAndNeverOverwrites() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]

        let zh = try LeakTraceBinary.run(["notice", "--case", "demo", "--out", "notice.md"], in: work.url, environment: env)
        XCTAssertEqual(zh.status, 0, zh.stderr)
        XCTAssertTrue(zh.stdout.contains("draft notice for branch-2 (zh)"), zh.stdout)
        let text = try String(contentsOf: work.file("notice.md"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# 个人信息泄露事件通知（草稿）"))
        XCTAssertTrue(text.contains("第五十七条") && text.contains("[ ]"))

        let en = try LeakTraceBinary.run(["notice", "--case", "demo", "--lang", "en", "--out", "notice-en.md"], in: work.url, environment: env)
        XCTAssertEqual(en.status, 0, en.stderr)
        XCTAssertTrue(try String(contentsOf: work.file("notice-en.md"), encoding: .utf8).contains("(DRAFT)"))

        let again = try LeakTraceBinary.run(["notice", "--case", "demo", "--out", "notice.md"], in: work.url, environment: env)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("notice.md already exists"), again.stderr)
        let unknown = try LeakTraceBinary.run(["notice", "--case", "demo", "--entity", "nowhere", "--out", "x.md"], in: work.url, environment: env)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("'nowhere'"), unknown.stderr)
    }
}
