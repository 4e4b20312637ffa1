import XCTest
import LeakTraceGeneration

final class EditDistanceTests: XCTestCase {
    func testOneReplacementInsertionOrDeletionIsWithinOne() {
        XCTAssertTrue(EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村5幢"))
        XCTAssertTrue(EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村6幢"))
        XCTAssertTrue(EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村15幢"))
        XCTAssertTrue(EditDistance.isWithinOne("翠苑新村15幢", "翠苑新村5幢"))
        XCTAssertTrue(EditDistance.isWithinOne("陈**|文三路", "陈*|文三路"))
        XCTAssertTrue(EditDistance.isWithinOne("", "a"))
    }

    func testTwoEditsAreNot() {
        XCTAssertFalse(EditDistance.isWithinOne("翠苑新村5幢", "翠园新村6幢"))
        XCTAssertFalse(EditDistance.isWithinOne("翠苑新村5幢", "翠苑新村125幢"))
        XCTAssertFalse(EditDistance.isWithinOne("ab", "ba"))
        XCTAssertFalse(EditDistance.isWithinOne("abc", "a"))
    }

    func testAgreesWithLevenshteinOnRandomPairs() {
        // Compared with a plain dynamic-programming Levenshtein on short strings over a small alphabet.
        func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return a.isEmpty ? b.count : row[b.count]
        }
        var rng = SystemIndependentRandom(seed: 7)
        let alphabet: [Character] = ["幢", "5", "6", "号"]
        for _ in 0..<3_000 {
            let a = (0..<rng.next(4) + 1).map { _ in alphabet[rng.next(4)] }
            let b = (0..<rng.next(4) + 1).map { _ in alphabet[rng.next(4)] }
            XCTAssertEqual(EditDistance.isWithinOne(String(a), String(b)), levenshtein(a, b) <= 1, "\(String(a)) \(String(b))")
        }
    }
}

/// A tiny LCG for test inputs only.
private struct SystemIndependentRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
