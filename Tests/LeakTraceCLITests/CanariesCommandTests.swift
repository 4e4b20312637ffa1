import Foundation
import XCTest

/// `leaktrace canaries` after the demo's reports burned the disclosed canaries.
final class CanariesCommandTests: XCTestCase {
    func testBurnedCanariesAreExactlyTheDisclosedOnesWithTheirCase() throws {
        let work = try WorkFolder()
        defer { work.remove() }
        XCTAssertEqual(try LeakTraceBinary.run(["demo", "--dir", "demo", "--records", "3000"], in: work.url).status, 0)
        let env = ["LEAKTRACE_REGISTRY": work.file("demo/leaktrace.db").path]

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.file("demo/match.json"))) as? [String: Any]
        let disclosed = Set(try XCTUnwrap(json?["hits"] as? [[String: Any]]).compactMap { $0["canary"] as? String })
        XCTAssertFalse(disclosed.isEmpty)

        let burned = try LeakTraceBinary.run(["canaries", "--burned"], in: work.url, environment: env)
        XCTAssertEqual(burned.status, 0, burned.stderr)
        let lines = burned.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(lines.first, ["id", "placement", "planted_at", "disclosed_in"])
        let rows = lines.dropFirst()
        XCTAssertEqual(Set(rows.map { $0[0] }), disclosed)
        XCTAssertTrue(rows.allSatisfy { $0.count == 4 && $0[3] == "demo" && $0[2].hasSuffix("Z") }, burned.stdout)

        let counts = try LeakTraceBinary.run(["canaries"], in: work.url, environment: env)
        XCTAssertEqual(counts.status, 0, counts.stderr)
        let burnedTotal = counts.stdout.split(separator: "\n").dropFirst().compactMap { Int($0.split(separator: "\t").last ?? "") }.reduce(0, +)
        XCTAssertEqual(burnedTotal, disclosed.count)
    }
}
