import Foundation
import LeakTraceCore
import LeakTraceGeneration
@testable import LeakTraceKit

/// A registry with direct plants at branch-1 and branch-2 and a matched case "T-1" whose seized
/// list carries eight of branch-2's canaries among 300 synthetic rows generated at run time.
struct MatchedCase {
    static let caseName = "T-1"
    let fixture: PlantFixture
    let branch2: [Canary]
    let report: MatchReport

    var workspace: Workspace { fixture.workspace }
    var folder: TemporaryFolder { fixture.folder }

    init(_ label: String) throws {
        fixture = try PlantFixture(label)
        branch2 = try fixture.plant(.entity("branch-2"), count: 20, file: "b2.csv").canaries
        _ = try fixture.plant(.entity("branch-1"), count: 20, file: "b1.csv")
        var rows = ["姓名,联系方式,地址"]
        rows += branch2.prefix(8).map { "\($0.person.name),\($0.person.phone),\($0.person.address)" }
        var rng = DeterministicRandom(seed: 2026)
        let names = NameGenerator(), phones = PhoneGenerator(), addresses = AddressGenerator()
        for _ in 0..<300 {
            rows.append("\(names.generate(using: &rng)),\(phones.generate(using: &rng)),\(addresses.generate(using: &rng).text)")
        }
        let list = try fixture.folder.write("seized.csv", rows.joined(separator: "\n"))
        report = try CaseMatcher(workspace: fixture.workspace).match(MatchRequest(inputs: [list], caseName: Self.caseName, examiner: "tester"))
    }

    func remove() { folder.remove() }
}
