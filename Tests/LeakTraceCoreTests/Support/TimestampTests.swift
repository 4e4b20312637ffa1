import Foundation
import LeakTraceCore
import XCTest

final class TimestampTests: XCTestCase {
    func testFormatsAndParses() throws {
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00Z")
        XCTAssertEqual(Timestamp.format(try Timestamp.parse("2026-09-01T09:00:00+08:00")), "2026-09-01T01:00:00Z")
        XCTAssertEqual(Timestamp.format(try Timestamp.parse("2026-09-01")), "2026-09-01T00:00:00Z")
        XCTAssertEqual(Timestamp.format(try Timestamp.parse("2026-09-01T09:00:00.750Z")), "2026-09-01T09:00:00Z")
        XCTAssertThrowsError(try Timestamp.parse("yesterday")) { error in
            XCTAssertTrue(String(describing: error).contains("ISO 8601"))
        }
    }

    func testTruncationSurvivesTextRoundTrip() throws {
        let date = Timestamp.truncated(Date(timeIntervalSince1970: 1_790_000_000.9))
        XCTAssertEqual(try Timestamp.parse(Timestamp.format(date)), date)
    }

    func testJSONCodingIsStableAndRoundTrips() throws {
        let window = LeakWindow(after: Date(timeIntervalSince1970: 1_790_000_000), before: nil, afterReason: "r")
        let data = try JSONCoding.encoder(pretty: false).encode(window)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"after":"2026-09-21T14:13:20Z","after_reason":"r","before":null}"#)
        XCTAssertEqual(try JSONCoding.decoder().decode(LeakWindow.self, from: data), window)
    }
}
