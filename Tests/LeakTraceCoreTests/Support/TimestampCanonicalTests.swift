import Foundation
import XCTest
@testable import LeakTraceCore

/// The arithmetic fast path must agree with Foundation's ISO 8601 formatter to the second.
final class TimestampCanonicalTests: XCTestCase {
    private let formatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    func testFormatAndParseAgreeWithTheFormatterAcrossCenturiesAndLeapDays() throws {
        var random = DeterministicRandom(seed: 2026)
        var instants: [TimeInterval] = [0, -1, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800, 1_798_761_599]
        for _ in 0..<5_000 { instants.append(TimeInterval(Int.random(in: -5_000_000_000...8_000_000_000, using: &random))) }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            let expected = formatter.string(from: date)
            XCTAssertEqual(Timestamp.format(date), expected, "\(instant)")
            XCTAssertEqual(Timestamp.canonicalDate(expected), date, expected)
        }
    }

    func testOnlyTheCanonicalFormTakesTheFastPath() throws {
        XCTAssertNil(Timestamp.canonicalDate("2026-11-23"))
        XCTAssertNil(Timestamp.canonicalDate("2026-11-23T09:30:00+08:00"))
        XCTAssertNil(Timestamp.canonicalDate("2026-02-29T00:00:00Z"), "2026 is not a leap year")
        XCTAssertNil(Timestamp.canonicalDate("2026-11-23T24:00:00Z"))
        XCTAssertNil(Timestamp.canonicalDate("2026-1a-23T09:30:00Z"))
        XCTAssertEqual(try Timestamp.parse("2026-11-23T17:30:00+08:00"), Timestamp.canonicalDate("2026-11-23T09:30:00Z"))
        XCTAssertEqual(try Timestamp.parse("2024-02-29T00:00:00Z").timeIntervalSince1970, 1_709_164_800)
    }
}
