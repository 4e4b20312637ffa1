import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceReport

final class ReportFormatTests: XCTestCase {
    func testNumbersAreGroupedAndFixedWithoutLocale() {
        XCTAssertEqual(ReportFormat.grouped(619_109), "619,109")
        XCTAssertEqual(ReportFormat.grouped(999), "999")
        XCTAssertEqual(ReportFormat.grouped(-1_000), "-1,000")
        XCTAssertEqual(ReportFormat.fixed(-0.0001, 2), "0.00")
        XCTAssertEqual(ReportFormat.fixed(27.44, 1), "27.4")
    }

    func testProbabilitiesNeverUseExponents() {
        XCTAssertEqual(ReportFormat.probability(0.625), "0.625000")
        XCTAssertEqual(ReportFormat.probability(0.999_999_99), "> 0.999999")
        XCTAssertEqual(ReportFormat.probability(1e-12), "< 0.000001")
        XCTAssertEqual(ReportFormat.probability(1), "1.0")
    }

    func testLikelihoodRatios() {
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: 14.2), "1.58e14")
        XCTAssertEqual(ReportFormat.likelihoodRatioHTML(log10LR: 8.222), "1.67 × 10<sup>8</sup>")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: log10(8.2)), "8.2")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: -0.5), "0.3162")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: 3), "1,000")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: 5.2), "158,489")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: 6), "1.00e6")
        XCTAssertEqual(ReportFormat.likelihoodRatioText(log10LR: -9.1), "7.94e-10")
        XCTAssertEqual(ReportFormat.likelihoodRatioProse(log10LR: 14.2), "1.58 × 10¹⁴")
        XCTAssertEqual(ReportFormat.likelihoodRatioProse(log10LR: -9.1), "7.94 × 10⁻¹⁰")
    }

    func testTimesAreBeijingInChineseAndUTCInEnglish() throws {
        let date = try Timestamp.parse("2026-11-23T09:30:00Z")
        XCTAssertEqual(ReportFormat.time(date, language: .zh), "2026-11-23 17:30:00")
        XCTAssertEqual(ReportFormat.time(date, language: .en), "2026-11-23 09:30:00 UTC")
        XCTAssertEqual(ReportFormat.day(try Timestamp.parse("2026-11-23T20:00:00Z"), language: .zh), "2026-11-24")
    }

    func testFingerprintsAreGroupedByFour() {
        XCTAssertEqual(ReportFormat.fingerprint("0123456789abcdef"), "0123 4567 89ab cdef")
    }
}
