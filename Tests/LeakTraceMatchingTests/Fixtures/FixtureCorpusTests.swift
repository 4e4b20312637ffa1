import LeakTraceCore
import XCTest
@testable import LeakTraceMatching

/// Matching measured on the fixture corpus (Tests/Fixtures/Matching): awkward seized lists with
/// ground truth. Thresholds are issue 4's: recall ≥ 0.99 and no false hit on unmasked lists,
/// recall ≥ 0.9 and no false hit on GB/T 41833-masked ones.
final class FixtureCorpusTests: XCTestCase {
    static let corpus = Result { try FixtureCorpus() }

    private func score(_ list: String, assignFields: Bool) throws -> ListScore {
        let corpus = try Self.corpus.get()
        let matcher = RecordMatcher(index: CanaryIndex(corpus.canaries))
        let records = try FixtureCorpus.records(list, assignFields: assignFields)
        let score = ListScore(list: list, records: records, truth: corpus.truth[list] ?? [:]) { record in
            matcher.matches(in: record).map(\.canaryID)
        }
        print("\(list)\(assignFields ? "" : " (cells only)"): \(score)")
        for line in score.missed.prefix(5) { print("  missed \(line)") }
        return score
    }

    func testTheCorpusHoldsEveryCanaryInEveryList() throws {
        let corpus = try Self.corpus.get()
        XCTAssertEqual(corpus.canaries.count, 250)
        for list in ["unmasked.csv", "gbt_masked.csv", "old_masked.csv"] {
            XCTAssertEqual(Set(corpus.truth[list]?.values ?? [:].values), Set(corpus.canaries.map(\.id)), list)
            XCTAssertEqual(try FixtureCorpus.records(list, assignFields: true).count, 1000, list)
        }
    }

    func testUnmaskedListFindsNearlyEveryCanaryAndNothingElse() throws {
        let score = try score("unmasked.csv", assignFields: true)
        XCTAssertGreaterThanOrEqual(score.recall, 0.99, "\(score)")
        XCTAssertEqual(score.falseHits, [])
    }

    func testUnmaskedListReadFromCellsOnly() throws {
        let score = try score("unmasked.csv", assignFields: false)
        XCTAssertGreaterThanOrEqual(score.recall, 0.99, "\(score)")
        XCTAssertEqual(score.falseHits, [])
    }

    func testGBT41833MaskedListFindsNineInTenAndNothingElse() throws {
        let score = try score("gbt_masked.csv", assignFields: true)
        XCTAssertGreaterThanOrEqual(score.recall, 0.9, "\(score)")
        XCTAssertEqual(score.falseHits, [])
    }

    func testGBT41833MaskedListReadFromCellsOnly() throws {
        let score = try score("gbt_masked.csv", assignFields: false)
        XCTAssertGreaterThanOrEqual(score.recall, 0.9, "\(score)")
        XCTAssertEqual(score.falseHits, [])
    }

    func testOlderFourDigitMasks() throws {
        let score = try score("old_masked.csv", assignFields: true)
        XCTAssertGreaterThanOrEqual(score.recall, 0.95, "\(score)")
        XCTAssertEqual(score.falseHits, [])
    }
}

extension FixtureCorpusTests {
    /// How each field of the canary rows agreed: the parser and normalisers, not only the phone,
    /// must carry the matches.
    func agreementCounts(_ list: String) throws -> [String: [FieldAgreement: Int]] {
        let corpus = try Self.corpus.get()
        let matcher = RecordMatcher(index: CanaryIndex(corpus.canaries))
        var counts: [String: [FieldAgreement: Int]] = [:]
        let truth = corpus.truth[list] ?? [:]
        for record in try FixtureCorpus.records(list, assignFields: true) {
            guard let id = truth[record.number], let match = matcher.candidates(in: record).first(where: { $0.canaryID == id }) else { continue }
            counts["phone", default: [:]][match.fields.phone, default: 0] += 1
            counts["name", default: [:]][match.fields.name, default: 0] += 1
            counts["address", default: [:]][match.fields.address, default: 0] += 1
        }
        print(list, counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))" }.joined(separator: "; "))
        return counts
    }

    func testEveryFieldCarriesTheUnmaskedMatches() throws {
        let counts = try agreementCounts("unmasked.csv")
        XCTAssertEqual(counts["phone"]?[.exact], 250)
        XCTAssertEqual(counts["address"]?[.exact], 250, "every rewritten address (abbreviated, numerals, 3-2-301, traditional) parses to the planted parts")
        XCTAssertEqual((counts["name"]?[.exact] ?? 0) + (counts["name"]?[.partial] ?? 0), 250, "traditional and pinyin names agree")
    }

    func testGBT41833AddressesAgreeAsMasked() throws {
        let counts = try agreementCounts("gbt_masked.csv")
        XCTAssertEqual(counts["phone"]?[.masked], 250)
        XCTAssertEqual(counts["name"]?[.masked], 250)
        XCTAssertEqual((counts["address"]?[.masked] ?? 0) + (counts["address"]?[.exact] ?? 0), 250)
    }
}
