import Foundation
import LeakTraceCore
import XCTest
@testable import LeakTraceKit

/// Matching a streamed list on several cores gives the JSON of matching it on one, byte for byte
/// (timestamps aside): hits, possible links, counts with their samples, record numbers.
final class CaseMatcherParallelTests: XCTestCase {
    /// Canaries written every way the matcher reads them (exact, reformatted, masked beside the
    /// planted name, a canary's number beside another person: possible links), among synthetic rows with
    /// duplicates far apart (first seen in one batch, again many batches later), invalid and masked
    /// numbers, quoted and padded cells, a damaged-looking blank row and extra columns.
    func list(canaries: [Canary]) -> String {
        var make = SeizedRows(seed: 6_2026)
        var rows = ["姓名,电话,地址,备注"]
        var people: [(String, String)] = []
        for i in 0..<4_000 {
            let (name, phone, address) = make.person()
            let canary = canaries[i % canaries.count].person
            switch i % 25 {
            case 0: rows.append(make.exact(canary) + ",")
            case 1: rows.append(make.reformatted(canary) + ",")
            case 2: rows.append(make.waybillMasked(canary) + ",")
            case 3: rows.append("\(name),\(SeizedRows.masked4(canary.phone)),\(address),")
            case 4, 5: if !people.isEmpty { let (n, p) = people[(i * 7919) % people.count]; rows.append("\(n),\(p),\(address),重复") }
            case 6: rows.append("\(name),\(SeizedRows.invalid(phone)),\(address),")
            case 7: rows.append("\(name),\(SeizedRows.masked4(phone)),\(address),")
            case 8: rows.append("\"\(name)\",\(phone),\"\(address)\",")
            case 9: rows.append(" \(name) ,\(phone),\(address),")
            case 10: rows.append(",\(phone),,")
            case 11: rows.append("\(name),\(SeizedRows.dashed(phone)),\(address),x,y")
            case 12: rows.append(",,,")
            case 13: rows.append("\(name),\(canary.phone),\(address),")
            case 14: rows.append("\(name),\(SeizedRows.masked4(canary.phone)),\(canary.address),")
            default:
                rows.append("\(name),\(phone),\(address),")
                people.append((name, phone))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func testSeveralCoresGiveTheOneCoreJSONByteForByte() throws {
        let fixture = try PlantFixture("parallel-match")
        defer { fixture.folder.remove() }
        _ = try fixture.plant(.entity("branch-1"), count: 12, file: "b1.csv")
        _ = try fixture.plant(.entity("branch-2"), count: 12, file: "b2.csv")
        let canaries = try fixture.workspace.registry.canaries()
        let path = try fixture.folder.write("seized.csv", list(canaries: canaries))

        var one = CaseMatcher(workspace: fixture.workspace)
        one.threads = 1
        let single = try one.match(MatchRequest(inputs: [path], caseName: "P-1", examiner: "tester"))
        for (threads, batch) in [(2, 2_048), (3, 7), (4, 1)] {
            var many = CaseMatcher(workspace: fixture.workspace)
            many.threads = threads
            many.batchRows = batch
            var parallel = try many.match(MatchRequest(inputs: [path], caseName: "P-1", examiner: "tester"))
            // Only the clock differs between two runs.
            parallel.matchedAt = single.matchedAt
            parallel.registryFingerprint = single.registryFingerprint
            for i in parallel.evidence.indices { parallel.evidence[i].intakeAt = single.evidence[i].intakeAt }
            XCTAssertEqual(try parallel.jsonData(), try single.jsonData(), "\(threads) threads, batches of \(batch)")
        }

        // The comparison is about something: every kind of row is there.
        // 4,000 lines less the two duplicates wanted before anyone was seen and the 160 blank rows.
        XCTAssertEqual(single.evidence.first?.records, 4_000 - 2 - 160, "\(single.unreadable)")
        XCTAssertGreaterThanOrEqual(single.hits.count, 480, "exact, reformatted and masked canary rows")
        XCTAssertFalse(single.possibleLinks.isEmpty, "\(single.hits.count) hits")
        XCTAssertGreaterThan(single.counts.duplicates, 200)
        XCTAssertGreaterThan(single.counts.invalid, 300)
        XCTAssertEqual(single.counts.duplicateSamples.count, RecordCounter.sampleLimit)
    }
}
