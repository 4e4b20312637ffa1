import XCTest
import LeakTraceCore

final class ConcurrentMapTests: XCTestCase {
    func testResultsComeBackInIndexOrderAsAPlainMapGivesThem() {
        XCTAssertEqual(concurrentMap(count: 1_000) { $0 * $0 }, (0..<1_000).map { $0 * $0 })
        XCTAssertEqual(concurrentMap(count: 0) { $0 }, [])
        let items = Array(0..<10_001)
        for chunk in [1, 7, 4_096, 20_000] {
            XCTAssertEqual(concurrentMap(items, chunk: chunk) { String($0) }, items.map { String($0) }, "chunk \(chunk)")
        }
        XCTAssertEqual(concurrentMap(items[100..<5_000], chunk: 64) { $0 + 1 }, items[100..<5_000].map { $0 + 1 }, "a slice keeps its indices")
    }

    func testErrorsStayWithTheirIndex() {
        struct Odd: Error {}
        let results = concurrentMap(count: 9) { i in Result { () throws -> Int in if i % 2 == 1 { throw Odd() }; return i } }
        XCTAssertEqual(results.map { (try? $0.get()) ?? -1 }, [0, -1, 2, -1, 4, -1, 6, -1, 8])
    }
}
