import XCTest
import LeakTraceCore
@testable import LeakTraceGeneration

final class RandomStreamsTests: XCTestCase {
    func testStreamsAreFixedBySeedAndDifferFromEachOther() {
        var a = RandomStreams.person(seed: TestSeeds.seed(1))
        var b = RandomStreams.person(seed: TestSeeds.seed(1))
        XCTAssertEqual(a.name.next(), b.name.next())
        var order = RandomStreams.order(seed: TestSeeds.seed(1))
        let firsts = [a.name.next(), a.phone.next(), a.address.next(), order.next()]
        XCTAssertEqual(Set(firsts).count, 4)
        var other = RandomStreams.person(seed: TestSeeds.seed(2))
        var again = RandomStreams.person(seed: TestSeeds.seed(1))
        XCTAssertNotEqual(other.name.next(), again.name.next())
    }

    func testTheOrderStreamIsTheFourthChild() {
        var streams = RandomStreams(seed: TestSeeds.seed(3))
        for _ in 0..<3 { _ = streams.next() }
        var fourth = streams.next()
        var order = RandomStreams.order(seed: TestSeeds.seed(3))
        XCTAssertEqual(fourth.next(), order.next())
    }
}
