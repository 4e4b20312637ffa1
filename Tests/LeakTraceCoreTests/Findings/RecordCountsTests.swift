import Foundation
import XCTest
@testable import LeakTraceCore

final class RecordCountsTests: XCTestCase {
    func testJSONWrittenBeforeFieldCountsStillDecodes() throws {
        let older = #"{"rows":3,"unique_valid":2,"duplicates":0,"invalid":1,"canary_rows":0,"field_profiles":{"name+phone":2},"duplicate_samples":[],"invalid_samples":["a.csv:3"]}"#
        let counts = try JSONCoding.decoder().decode(RecordCounts.self, from: Data(older.utf8))
        XCTAssertEqual(counts.uniqueValid, 2)
        XCTAssertNil(counts.fieldCounts)
    }

    func testFieldCountsUseSnakeCaseKeys() throws {
        let counts = RecordCounts(uniqueValid: 5, fieldCounts: RecordFieldCounts(name: 4, phone: 5, address: 3, idNumber: 2, order: 1))
        let data = try JSONCoding.encoder().encode(counts)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["field_counts"] as? [String: Int], ["name": 4, "phone": 5, "address": 3, "id_number": 2, "order": 1])
        XCTAssertEqual(try JSONCoding.decoder().decode(RecordCounts.self, from: data), counts)
    }
}
