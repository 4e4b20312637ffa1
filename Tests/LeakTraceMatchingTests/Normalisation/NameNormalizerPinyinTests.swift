import XCTest
@testable import LeakTraceMatching

final class NameNormalizerPinyinTests: XCTestCase {
    func testPinyinNamesAreRead() {
        let table: [(String, [String], [String])] = [
            ("Zhang Wei", ["zhang", "wei"], ["zhangwei", "weizhang"]),
            ("ZHANG Wei", ["zhang", "wei"], ["zhangwei", "weizhang"]),
            ("zhangwei", ["zhangwei"], ["zhangwei"]),
            ("Wei Zhang", ["wei", "zhang"], ["weizhang", "zhangwei"]),
            ("ZHANG Xiao-Ming", ["zhang", "xiao", "ming"], ["zhangxiaoming", "mingzhangxiao"]),
            ("Lǚ Xīn", ["lv", "xin"], ["lvxin", "xinlv"]),
            ("Ｗａｎｇ Ｆａｎｇ", ["wang", "fang"], ["wangfang", "fangwang"]),
            ("Xi'an", ["xi", "an"], ["xian", "anxi"]),
        ]
        for (input, words, orders) in table {
            let name = NameNormalizer.observePinyin(input)
            XCTAssertEqual(name?.words, words, input)
            XCTAssertEqual(name?.orders, orders, input)
        }
    }

    func testNotPinyin() {
        for input in ["", "张伟", "iPhone 15", "13812345678", "a", "Zhang_Wei!", "Mr. Zhang Wei Jr. Smith Brown Lee", "xyz"] {
            XCTAssertNil(NameNormalizer.observePinyin(input), input)
        }
    }
}
