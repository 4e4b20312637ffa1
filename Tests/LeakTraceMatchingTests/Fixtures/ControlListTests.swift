import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceMatching

/// 100,000 rows without a canary, decoys included, must give no hit at all.
final class ControlListTests: XCTestCase {
    func testHundredThousandNonCanaryRowsGiveNoHit() throws {
        let corpus = try FixtureCorpus()
        var list = ControlList(canaries: corpus.canaries, seed: 0x1eaf_7ace)
        let records = list.records(count: 100_000, decoysPerCanary: 8)
        XCTAssertEqual(records.count, 100_000)
        let matcher = RecordMatcher(index: CanaryIndex(corpus.canaries))

        var hits: [String] = []
        var possibleLinks = 0
        var decoysCompared = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for record in records {
                let candidates = matcher.candidates(in: record)
                if !candidates.isEmpty { decoysCompared += 1 }
                for c in candidates {
                    if c.isHit { hits.append("\(record.number) → \(c.canaryID) \(c.fields) \(record.seen)") } else { possibleLinks += 1 }
                }
            }
        }
        print("control list: 100,000 rows, \(decoysCompared) compared with a canary, \(possibleLinks) possible links, \(hits.count) hits, matched in \(elapsed)")
        XCTAssertEqual(hits, [])
        // The decoys did reach scoring: the test would prove nothing if blocking dropped them all.
        XCTAssertGreaterThanOrEqual(decoysCompared, 250 * 8 * 9 / 10)

        // And the matcher is live here: a canary's own GB/T waybill among these rows is found.
        let canary = corpus.canaries[0].person
        let waybill = SeizedRecord(
            number: 100_001, cells: [], name: String(canary.name.prefix(1)) + "*",
            phone: canary.phone.prefix(3) + "******" + canary.phone.suffix(2),
            address: AddressMasking.removingUnitAndRoom(canary.address), seen: "")
        XCTAssertEqual(matcher.matches(in: waybill).map(\.canaryID), [corpus.canaries[0].id])
    }
}
