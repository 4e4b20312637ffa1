import XCTest
@testable import LeakTraceMatching

final class NameFrequenciesTests: XCTestCase {
    let f = NameFrequencies.standard

    func testSurnameSharesComeFromTheCorpus() {
        XCTAssertEqual(f.surnameShare("王"), 0.0717, accuracy: 1e-9)
        XCTAssertEqual(f.surnameShare("张"), 0.0674, accuracy: 1e-9)
        XCTAssertLessThan(f.surnameShare("覃"), 0.002)
        XCTAssertEqual(f.surname(of: Array("欧阳晓明".unicodeScalars)).length, 2)
    }

    func testCommonNamesAreWeakerEvidenceThanRareOnes() {
        let zhangWei = f.fullNameShare("张伟")
        XCTAssertEqual(zhangWei, 2.9e-4, accuracy: 0.3e-4)   // the Ministry counted ≈ 2e-4
        XCTAssertLessThan(f.fullNameShare("覃嘉怡"), 1e-7)
        let w = MatchWeights.standard
        let common = w.nameScore(.exact, termFrequency: zhangWei)
        let rare = w.nameScore(.exact, termFrequency: f.fullNameShare("覃嘉怡"))
        XCTAssertLessThan(common.weight, rare.weight)
        XCTAssertEqual(rare.u, w.nameMinimumU, "never believed below the floor")
        XCTAssertLessThanOrEqual(common.u, w.nameExact.u, "never above the commonest-name ceiling")
    }

    func testMaskedShareFollowsWhatIsVisible() {
        let wang = f.maskedShare(MaskedName(positions: ["王", nil]))
        let qin = f.maskedShare(MaskedName(positions: ["覃", nil]))
        XCTAssertEqual(wang, 0.0717, accuracy: 1e-9)
        XCTAssertLessThan(qin, wang)
        XCTAssertLessThan(f.maskedShare(MaskedName(positions: ["王", nil, "华"])), wang)
        let w = MatchWeights.standard
        XCTAssertLessThan(w.nameScore(.masked, termFrequency: wang).weight, w.nameScore(.masked, termFrequency: qin).weight)
    }
}
