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

    func testTopSurnameSharesMatchThePublishedRanking() throws {
        // The Ministry of Public Security's ranking puts the top 10 surnames at about 41% and the top
        // 100 at about 85%; the generated names must show the same concentration.
        let generator = NameGenerator()
        let surnames = Set(reference.surnames.items)
        let topTen = Set(reference.surnames.items.prefix(10))
        let topHundred = Set(reference.surnames.items.prefix(100))
        var rng = DeterministicRandom(seed: 2025)
        var inTopTen = 0, inTopHundred = 0, wang = 0
        let count = 20_000
        for _ in 0..<count {
            let (surname, _) = try XCTUnwrap(split(generator.generate(using: &rng), surnames: surnames))
            if topTen.contains(surname) { inTopTen += 1 }
            if topHundred.contains(surname) { inTopHundred += 1 }
            if surname == "王" { wang += 1 }
        }
        XCTAssertEqual(Double(inTopTen) / Double(count), 0.41, accuracy: 0.03)
        XCTAssertEqual(Double(inTopHundred) / Double(count), 0.85, accuracy: 0.03)
        XCTAssertEqual(Double(wang) / Double(count), 0.072, accuracy: 0.008)
    }

    func testGivenCharactersFollowTheirFrequenciesBySex() throws {
        // Half the names draw from the male table, half from the female one: each character's share of
        // all given-name characters is the mean of its two shares.
        let generator = NameGenerator()
        let surnames = Set(reference.surnames.items)
        let male = reference.maleGivenCharacters, female = reference.femaleGivenCharacters
        func share(_ table: WeightedTable<String>, _ character: String) -> Double {
            table.items.firstIndex(of: character).map { table.share(at: $0) } ?? 0
        }
        var rng = DeterministicRandom(seed: 2026)
        var counts: [String: Int] = [:]
        var total = 0
        for _ in 0..<30_000 {
            let (_, given) = try XCTUnwrap(split(generator.generate(using: &rng), surnames: surnames))
            for character in given {
                counts[String(character), default: 0] += 1
                total += 1
            }
        }
        // 伟 and 军 are mostly male, 丽 and 芳 mostly female in the corpus; their generated shares
        // must come out as the mixture, not as either table alone.
        for character in ["华", "明", "伟", "军", "丽", "芳", "英"] {
            let expected = (share(male, character) + share(female, character)) / 2
            XCTAssertGreaterThan(expected, 0.002, character)
            XCTAssertEqual(Double(counts[character] ?? 0) / Double(total), expected, accuracy: 0.2 * expected, character)
        }
    }
}
