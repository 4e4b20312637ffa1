import XCTest
@testable import LeakTraceKit

final class ResidentIDNumberTests: XCTestCase {
    func testTheStandardsWorkedExampleAndSyntheticNumbersAreValid() {
        // GB 11643-1999's own example number, in the standard's text.
        XCTAssertTrue(ResidentIDNumber.isValid(Array("11010519491231002X".utf8)))
        XCTAssertTrue(ResidentIDNumber.isValid(Array("11010519491231002x".utf8)), "lowercase x")
        var checks = Set<Character>()
        for sequence in 0..<200 {
            let id = SyntheticIDNumber.make(region: 10_101 + sequence, birth: "19900101", sequence: sequence)
            checks.insert(id.last!)
            XCTAssertTrue(ResidentIDNumber.isValid(Array(id.utf8)), id)
        }
        XCTAssertEqual(checks.count, 11, "every check character, X included, was produced and accepted")
    }

    func testWrongCheckDigitImpossibleDateAndWrongLengthAreRejected() {
        let id = SyntheticIDNumber.make(region: 20_304, birth: "19850615", sequence: 42)
        let wrongCheck = String(id.dropLast()) + (id.last == "1" ? "2" : "1")
        let cases: [(String, Bool)] = [
            (id, true),
            (wrongCheck, false),
            (SyntheticIDNumber.make(region: 20_304, birth: "19850230", sequence: 42), false),   // 30 February
            (SyntheticIDNumber.make(region: 20_304, birth: "20000229", sequence: 42), true),    // leap day
            (SyntheticIDNumber.make(region: 20_304, birth: "19000229", sequence: 42), false),   // 1900 was not leap
            (SyntheticIDNumber.make(region: 20_304, birth: "19851315", sequence: 42), false),   // month 13
            (String(id.dropLast()), false),
            ("0" + id.dropFirst(), false),
            (String(id.prefix(6)) + "********" + String(id.suffix(4)), false),                 // masked
        ]
        for (text, valid) in cases {
            XCTAssertEqual(ResidentIDNumber.isValid(Array(text.utf8)), valid, text)
        }
    }

    func testFoundInsideLabelledTextButNotInsideLongerDigitRuns() {
        let id = SyntheticIDNumber.make(region: 31_415, birth: "19771108", sequence: 7)
        XCTAssertTrue(ResidentIDNumber.contains(Array("身份证号：\(id)".utf8)))
        XCTAssertTrue(ResidentIDNumber.contains(Array("\(id) 备注".utf8)))
        XCTAssertFalse(ResidentIDNumber.contains(Array("1\(id)".utf8)), "19 characters are no ID number")
        XCTAssertFalse(ResidentIDNumber.contains(Array("13800138000".utf8)))
        XCTAssertFalse(ResidentIDNumber.contains(Array("".utf8)))
    }
}
