import XCTest
@testable import LeakTraceMatching

final class PhoneNormalizerTests: XCTestCase {
    func testFullNumbersInEveryWrittenForm() {
        let table: [(String, String)] = [
            ("13812345678", "13812345678"),
            (" 13812345678 ", "13812345678"),
            ("138 1234 5678", "13812345678"),
            ("138-1234-5678", "13812345678"),
            ("138—1234—5678", "13812345678"),
            ("(138)1234-5678", "13812345678"),
            ("【138】12345678", "13812345678"),
            ("138.1234.5678", "13812345678"),
            ("+86 138 1234 5678", "13812345678"),
            ("+86-13812345678", "13812345678"),
            ("+8613812345678", "13812345678"),
            ("(+86) 13812345678", "13812345678"),
            ("0086 138 1234 5678", "13812345678"),
            ("008613812345678", "13812345678"),
            ("86-13812345678", "13812345678"),
            ("8613812345678", "13812345678"),
            ("013812345678", "13812345678"),
            ("１３８１２３４５６７８", "13812345678"),
            ("＋８６　１３８　１２３４　５６７８", "13812345678"),
            ("138\u{3000}1234\u{3000}5678", "13812345678"),
            ("（１３８）１２３４－５６７８", "13812345678"),
            ("13812345678.0", "13812345678"),
            ("19912345678", "19912345678"),
            ("14912345678", "14912345678"),
        ]
        for (input, expected) in table {
            XCTAssertEqual(PhoneNormalizer.observe(input), .full(expected), "input: \(input)")
        }
    }

    func testMasksOfAnyLengthAndCharacter() {
        let table: [(String, String, Int)] = [
            ("138****5678", "138****5678", 7),
            ("138******78", "138******78", 5),
            ("1**********", "1**********", 1),
            ("138xxxx5678", "138****5678", 7),
            ("138XXXX5678", "138****5678", 7),
            ("138####5678", "138****5678", 7),
            ("138＊＊＊＊5678", "138****5678", 7),
            ("138 **** 5678", "138****5678", 7),
            ("+86 138****5678", "138****5678", 7),
            ("138***5678", "138****5678", 7),          // a shorter run still hides the middle
            ("138*****5678", "138****5678", 7),        // and a longer one
            ("138(^_^)5678", "138****5678", 7),        // an emoticon as the mask
            ("1381234****", "1381234****", 7),
            ("*******5678", "*******5678", 4),
            ("13*******78", "13*******78", 4),
        ]
        for (input, pattern, visible) in table {
            guard case .masked(let masked)? = PhoneNormalizer.observe(input) else {
                XCTFail("not read as masked: \(input)")
                continue
            }
            XCTAssertEqual(masked.description, pattern, "input: \(input)")
            XCTAssertEqual(masked.visibleCount, visible, "input: \(input)")
        }
    }

    func testVirtualNumbersAreKeptApart() {
        let table: [(String, String, String)] = [
            ("17012345678转1234", "17012345678", "1234"),
            ("17012345678-1234", "17012345678", "1234"),
            ("17012345678,1234", "17012345678", "1234"),
            ("17012345678,,1234", "17012345678", "1234"),    // a dialler's pauses
            ("17012345678 转 , 1234", "17012345678", "1234"),
            ("17012345678，1234", "17012345678", "1234"),
            ("17012345678分机1234", "17012345678", "1234"),
            ("17012345678 ext 1234", "17012345678", "1234"),
            ("17012345678 EXT.1234", "17012345678", "1234"),
            ("170-1234-5678-1234", "17012345678", "1234"),
            ("+86 170 1234 5678 转 56", "17012345678", "56"),
            ("170****5678转1234", "170****5678", "1234"),
            ("１７０１２３４５６７８转１２３４", "17012345678", "1234"),
        ]
        for (input, number, ext) in table {
            XCTAssertEqual(PhoneNormalizer.observe(input), .virtual(number: number, extension: ext), "input: \(input)")
        }
    }

    func testGarbageLandlinesAndShortNumbersAreNotPhones() {
        let table = [
            "", " ", "abc", "张三", "Tel 13812345678", "13812345678 张三",
            "12345678901",        // no mobile number starts 12
            "23812345678",        // nor with 2
            "10086", "95554",      // service numbers
            "010-12345678", "0571-88888888", "(021)6123 4567",   // landlines
            "1381234567", "138123456789",                          // one digit short, one too many
            "***********", "**",                                   // nothing visible
            "2381234****", "12*****5678",                          // impossible visible digits
            "13812345678转", "13812345678转1234567",                // extension empty or too long
            "13812345678-12345678",                                 // not an extension
            "138*1234*5678*",
        ]
        for input in table {
            XCTAssertNil(PhoneNormalizer.observe(input), "input: \(input)")
        }
    }

    func testDescriptionsRoundTripThroughObserve() {
        for input in ["13812345678", "138****5678", "17012345678转1234"] {
            let observation = PhoneNormalizer.observe(input)!
            XCTAssertEqual(PhoneNormalizer.observe(observation.description), observation)
        }
    }
}
