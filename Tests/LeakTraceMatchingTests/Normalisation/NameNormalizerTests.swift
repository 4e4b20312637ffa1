import XCTest
@testable import LeakTraceMatching

final class NameNormalizerTests: XCTestCase {
    func testFullNamesLoseSpacesLabelsAndHonorifics() {
        let table: [(String, String)] = [
            ("林晓岚", "林晓岚"),
            (" 林 晓岚 ", "林晓岚"),
            ("林\u{3000}晓岚", "林晓岚"),
            ("林晓岚先生", "林晓岚"),
            ("周雨桐女士", "周雨桐"),
            ("周雨桐小姐", "周雨桐"),
            ("林晓岚(收)", "林晓岚"),
            ("林晓岚收", "林晓岚"),
            ("收件人：林晓岚", "林晓岚"),
            ("收件人:林晓岚", "林晓岚"),
            ("姓名：欧阳思远", "欧阳思远"),
            ("阿依古丽·买买提", "阿依古丽·买买提"),
            ("阿依古丽•买买提", "阿依古丽·买买提"),
            ("林曉嵐", "林晓岚"),                // traditional → simplified
            ("陳志華先生", "陈志华"),
            ("歐陽思遠", "欧阳思远"),
            ("林晓岚同学", "林晓岚"),
            ("林晓岚师傅", "林晓岚"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(NameNormalizer.observe(input), .full(expected), "input: \(input)")
        }
    }

    func testMaskedNames() {
        let table: [(String, String)] = [
            ("林*岚", "林*岚"),
            ("林**", "林**"),
            ("*岚", "*岚"),
            ("林＊岚", "林*岚"),
            ("林xx", "林**"),
            ("林某某", "林**"),
            ("林先生", "林*"),       // a bare surname before an honorific: the given name is unknown
            ("林阿姨", "林*"),
            ("陳*明", "陈*明"),
            ("收件人：林*岚", "林*岚"),
        ]
        for (input, expected) in table {
            guard case .masked(let masked)? = NameNormalizer.observe(input) else {
                XCTFail("not read as masked: \(input)")
                continue
            }
            XCTAssertEqual(masked.description, expected, "input: \(input)")
        }
    }

    func testNotNames() {
        for input in ["", "  ", "**", "林", "13812345678", "Lin Xiaolan", "林晓岚13812345678", "先生"] {
            XCTAssertNil(NameNormalizer.observe(input), "input: \(input)")
        }
    }

    func testNamesInsideFreeText() {
        let table: [(String, [String])] = [
            ("收件人：林*岚 电话：138****5678", ["林*岚"]),
            ("林晓岚 13812345678 浙江省杭州市西湖区文三路100号", ["林晓岚"]),
            ("姓名林**手机138****5678", ["林**"]),
        ]
        for (text, expected) in table {
            XCTAssertEqual(NameNormalizer.observations(inText: text).map(\.description), expected, "text: \(text)")
        }
    }
}
