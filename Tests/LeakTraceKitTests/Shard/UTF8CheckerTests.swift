import XCTest
@testable import LeakTraceKit

final class UTF8CheckerTests: XCTestCase {
    /// Wherever the text is cut, the answer is that of the whole text.
    func testAnswersAsForTheWholeTextWhereverItIsCut() {
        let text = Array("张三,+86 138 0013 8000,北京市😀\n".utf8)
        for cut in 0...text.count {
            var checker = UTF8Checker()
            XCTAssertTrue(checker.accepts(text[..<cut]), "cut at \(cut)")
            XCTAssertTrue(checker.accepts(text[cut...]), "cut at \(cut)")
            XCTAssertTrue(checker.isComplete)
        }
        var damaged = UTF8Checker()
        XCTAssertFalse(damaged.accepts(Array("张".utf8).dropLast() + [0x41]))
        var truncated = UTF8Checker()
        XCTAssertTrue(truncated.accepts(Array("张".utf8).dropLast()))
        XCTAssertFalse(truncated.isComplete, "a character that never ends")
        var nul = UTF8Checker()
        XCTAssertFalse(nul.accepts([0x41, 0x00, 0x42]))
    }
}
