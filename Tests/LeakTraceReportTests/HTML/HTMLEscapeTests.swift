import XCTest
@testable import LeakTraceReport

final class HTMLEscapeTests: XCTestCase {
    func testEscapesMarkupAndShowsHiddenControls() {
        let table: [(String, String)] = [
            ("张三,13800000000", "张三,13800000000"),
            ("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;"),
            ("a\u{202E}b", "a⟨U+202E⟩b"),
            ("a\u{0}b\u{7}", "a⟨U+0000⟩b⟨U+0007⟩"),
            ("\u{FEFF}姓名", "⟨U+FEFF⟩姓名"),
            ("tab\tline\n", "tab\tline\n"),
            ("full-width＜", "full-width＜"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(HTMLEscape.text(input), expected, input.debugDescription)
        }
    }
}
