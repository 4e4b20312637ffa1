import XCTest
@testable import LeakTraceMatching

final class ScriptFoldingTests: XCTestCase {
    func testTraditionalToSimplified() {
        let table: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("張", "张"), ("曉", "晓"), ("陳", "陈"), ("華", "华"), ("區", "区"), ("號", "号"), ("棟", "栋"), ("單", "单"),
            ("張", "张"), ("张", "张"), ("A", "A"), ("1", "1"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(ScriptFolding.simplified(input), expected, "\(input)")
        }
    }
}
