import XCTest
@testable import LeakTraceMatching

final class HanScalarSetTests: XCTestCase {
    func testMembersAreExactlyWhatThePredicateSays() {
        let even = HanScalarSet { $0.value % 2 == 0 }
        for value in UInt32(0x3400)..<0xA000 {
            XCTAssertEqual(even.contains(Unicode.Scalar(value)!), value % 2 == 0)
        }
        XCTAssertFalse(even.contains("A"), "outside the block nothing is a member")
        XCTAssertFalse(even.contains(Unicode.Scalar(0x20000)!))
        XCTAssertFalse(HanScalarSet { _ in false }.contains("浙"))
    }

    func testScriptFoldingKeepsWhatItDoesNotFold() {
        for value in UInt32(0x3400)..<0xA000 {
            let s = Unicode.Scalar(value)!
            XCTAssertEqual(ScriptFolding.keepsHan(s), ScriptFolding.simplified(s) == s)
        }
        XCTAssertFalse(ScriptFolding.keepsHan("區"))
        XCTAssertTrue(ScriptFolding.keepsHan(Unicode.Scalar(0x20000)!))
    }
}
