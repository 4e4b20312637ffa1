import Foundation
import LeakTraceCore
import LeakTraceGeneration
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
        var rng = DeterministicRandom(seed: 6_2026)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        var rows = ["姓名,电话,地址,备注"]
        var people: [(String, String)] = []
        for i in 0..<4_000 {
            let name = names.generate(using: &rng), phone = phones.generate(using: &rng), address = addresses.generate(using: &rng).text
            let canary = canaries[i % canaries.count].person
            switch i % 25 {
            case 0: rows.append("\(canary.name),\(canary.phone),\(canary.address),")
            case 1: rows.append("\(canary.name),+86 \(canary.phone.prefix(3)) \(canary.phone.dropFirst(3)),\(canary.address),")
            case 2: rows.append("\(canary.name.prefix(1))*\(canary.name.dropFirst(2)),\(canary.phone.prefix(3))******\(canary.phone.suffix(2)),\(canary.address),")
            case 3: rows.append("\(name),\(canary.phone.prefix(3))****\(canary.phone.suffix(4)),\(address),")
            case 4, 5: if !people.isEmpty { let (n, p) = people[(i * 7919) % people.count]; rows.append("\(n),\(p),\(address),重复") }
            case 6: rows.append("\(name),12\(phone.dropFirst(2)),\(address),")
            case 7: rows.append("\(name),\(phone.prefix(3))****\(phone.suffix(4)),\(address),")
            case 8: rows.append("\"\(name)\",\(phone),\"\(address)\",")
            case 9: rows.append(" \(name) ,\(phone),\(address),")
            case 10: rows.append(",\(phone),,")
            case 11: rows.append("\(name),\(phone.prefix(3))-\(phone.dropFirst(3).prefix(4))-\(phone.suffix(4)),\(address),x,y")
            case 12: rows.append(",,,")
            case 13: rows.append("\(name),\(canary.phone),\(address),")
            case 14: rows.append("\(name),\(canary.phone.prefix(3))****\(canary.phone.suffix(4)),\(canary.address),")
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
