import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

final class HashedPositionsTests: XCTestCase {
    func testEveryPositionIsFoundAndEqualHashesAreToldApartByTheCaller() {
        var rng = DeterministicRandom(seed: 7)
        // Many repeated hashes, as different names may share one.
        let hashes = (0..<5_000).map { _ in rng.next() % 1_500 }
        let table = HashedPositions(hashes: hashes)
        for (i, hash) in hashes.enumerated() {
            XCTAssertEqual(table.first(hash: hash) { $0 == i }, i)
            XCTAssertEqual(table.first(hash: hash) { hashes[$0] == hash }.map { hashes[$0] }, hash)
        }
        XCTAssertNil(table.first(hash: 1_500) { _ in true }, "a hash no element has")
        XCTAssertNil(table.first(hash: hashes[0]) { _ in false })
        XCTAssertNil(HashedPositions(hashes: []).first(hash: 0) { _ in true })
    }
}
