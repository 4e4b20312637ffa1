import XCTest
@testable import LeakTraceMatching

final class MaskedNameTests: XCTestCase {
    func testCompatibilityByCharactersNeverBySimilarity() {
        let table: [(String, String, Bool)] = [
            ("林*岚", "林晓岚", true),
            ("林*岚", "林秋岚", true),
            ("林*岚", "林晓雯", false),
            ("林*岚", "林岚", false),        // the hidden run stands for at least one character
            ("林*", "林晓岚", true),          // platforms print one `*` for any length
            ("林**", "林岚", true),
            ("林**", "王晓岚", false),
            ("*岚", "林晓岚", true),
            ("*岚", "林晓雯", false),
            ("林*岚*", "林晓岚飞", true),     // two runs: positions must line up
            ("林*岚*", "林晓岚", false),
        ]
        for (pattern, name, expected) in table {
            guard case .masked(let masked)? = NameNormalizer.observe(pattern) else {
                XCTFail("pattern not masked: \(pattern)")
                continue
            }
            XCTAssertEqual(masked.isCompatible(with: name), expected, "\(pattern) vs \(name)")
        }
    }

    func testVisibleCharactersAndSurname() {
        let masked = MaskedName(positions: ["林", nil, "岚"])
        XCTAssertEqual(masked.visibleCount, 2)
        XCTAssertTrue(masked.showsSurname)
        XCTAssertFalse(MaskedName(positions: [nil, "岚"]).showsSurname)
        XCTAssertFalse(MaskedName(positions: [nil, nil]).isCompatible(with: "林晓"))
    }
}
