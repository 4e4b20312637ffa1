import XCTest
import LeakTraceCore
import LeakTraceCorpus
import LeakTraceGeneration

final class NameGeneratorTests: XCTestCase {
    private let reference = ReferenceData.standard

    /// Splits a generated name at its surname, preferring compound surnames (欧阳).
    private func split(_ name: String, surnames: Set<String>) -> (String, String)? {
        for length in [2, 1] where name.count > length {
            let head = String(name.prefix(length))
            if surnames.contains(head) { return (head, String(name.dropFirst(length))) }
        }
        return nil
    }

    func testSurnamesFollowPublishedSharesAndGivenNamesAreMostlyTwoCharacters() throws {
        let generator = NameGenerator()
        let surnames = Set(reference.surnames.items)
        let topTen = Set(reference.surnames.items.prefix(10))
        var rng = DeterministicRandom(seed: 2024)
        var inTopTen = 0, twoCharacter = 0, oneCharacter = 0
        let count = 10_000
        for _ in 0..<count {
            let name = generator.generate(using: &rng)
            let (surname, given) = try XCTUnwrap(split(name, surnames: surnames), name)
            if topTen.contains(surname) { inTopTen += 1 }
            switch given.count {
            case 1: oneCharacter += 1
            case 2: twoCharacter += 1
            default: XCTFail("given name '\(given)' in '\(name)'")
            }
        }
        let topShare = Double(inTopTen) / Double(count)
        XCTAssertGreaterThan(topShare, 0.35)
        XCTAssertLessThan(topShare, 0.47)
        XCTAssertGreaterThan(Double(twoCharacter) / Double(count), 0.75)
        XCTAssertGreaterThan(oneCharacter, count / 20)
    }

    func testGivenCharactersComeFromTheCorpus() {
        let generator = NameGenerator()
        let allowed = Set(reference.maleGivenCharacters.items + reference.femaleGivenCharacters.items)
        let surnames = Set(reference.surnames.items)
        var rng = DeterministicRandom(seed: 7)
        for _ in 0..<500 {
            let name = generator.generate(using: &rng)
            let given = surnames.contains(String(name.prefix(2))) && name.count > 2 ? name.dropFirst(2) : name.dropFirst()
            XCTAssertTrue(given.allSatisfy { allowed.contains(String($0)) }, name)
        }
    }

    func testTheSameStreamGivesTheSameName() {
        var a = DeterministicRandom(seed: 99), b = DeterministicRandom(seed: 99)
        XCTAssertEqual(NameGenerator().generate(using: &a), NameGenerator().generate(using: &b))
    }
}
