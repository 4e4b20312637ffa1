import Foundation
import XCTest
import LeakTraceCore

final class ConservativeAssumptionsTests: XCTestCase {
    func testNewFieldsRoundTripUnderTheirContractKeys() throws {
        let hypothesis = EntityHypothesis(entity: "a", posterior: 0.9, log10LR: 166.3, coverage: 0.5, hits: 2, visible: 4, conservativeLog10LR: 4.99)
        let json = String(decoding: try JSONCoding.encoder().encode(hypothesis), as: UTF8.self)
        XCTAssertTrue(json.contains("\"conservative_log10_lr\" : 4.99"), json)
        XCTAssertEqual(try JSONCoding.decoder().decode(EntityHypothesis.self, from: Data(json.utf8)), hypothesis)
        let data = try JSONCoding.encoder().encode(ConservativeAssumptions.standard)
        let keys = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(keys["assumption_failure"] as? Double, 1e-5)
        XCTAssertEqual(keys["batches_dependent"] as? Bool, true)
        XCTAssertEqual(keys["chance_inflation"] as? Double, 10)
        XCTAssertEqual(try JSONCoding.decoder().decode(ConservativeAssumptions.self, from: data), .standard)
    }

    func testBoundIsSymmetricAndNeverCrossesOne() {
        let assumptions = ConservativeAssumptions.standard
        XCTAssertEqual(assumptions.log10Cap, 5, accuracy: 1e-12)
        XCTAssertEqual(assumptions.capped(2), -log10(0.01 + 1e-5), accuracy: 1e-12)
        XCTAssertEqual(assumptions.capped(-2), log10(0.01 + 1e-5), accuracy: 1e-12)
        XCTAssertEqual(assumptions.capped(0), 0)
        XCTAssertEqual(ConservativeAssumptions.nearerToOne(3, 7), 3)
        XCTAssertEqual(ConservativeAssumptions.nearerToOne(-3, -1), -1)
        XCTAssertEqual(ConservativeAssumptions.nearerToOne(2, -1), 0, "readings that disagree in direction support neither")
    }

    func testFindingsWithoutTheFieldStillDecode() throws {
        let old = #"{"entity":"a","posterior":0.9,"log10_lr":3,"coverage":0.5,"hits":2,"visible":4}"#
        let hypothesis = try JSONCoding.decoder().decode(EntityHypothesis.self, from: Data(old.utf8))
        XCTAssertNil(hypothesis.conservativeLog10LR)
        XCTAssertEqual(hypothesis.conservativeSupport, .strong, "falls back to the model LR")
        let member = try JSONCoding.decoder().decode(SourceMember.self, from: Data(#"{"entity":"a","log10_lr":2,"explains":[]}"#.utf8))
        XCTAssertNil(member.conservativeLog10LR)
    }
}
