import XCTest
@testable import LeakTraceMatching

final class PinyinReadingsTests: XCTestCase {
    let readings = PinyinReadings.standard

    func testEveryReadingOfHeteronymSurnames() {
        let table: [(String, String)] = [
            ("shanxiaoming", "单晓明"), ("danxiaoming", "单晓明"),
            ("zengfang", "曾芳"), ("cengfang", "曾芳"),
            ("xiejun", "解军"), ("jiejun", "解军"),
            ("ouyang", "区阳"), ("quyang", "区阳"),
            ("qiuli", "仇丽"), ("chouli", "仇丽"),
            ("zhahua", "查华"), ("chahua", "查华"),
            ("piaomin", "朴敏"), ("pumin", "朴敏"),
            ("ouyangxiaoming", "欧阳晓明"),
            ("lvxin", "吕欣"), ("luxin", "吕欣"),   // ü typed as v or u
        ]
        for (letters, name) in table {
            XCTAssertTrue(readings.spells(letters, name), "\(letters) → \(name)")
        }
    }

    func testOtherSpellingsDoNotMatch() {
        let table: [(String, String)] = [
            ("zhangxiaoming", "单晓明"), ("shanxiaomin", "单晓明"), ("shanxiaomingg", "单晓明"), ("xiaoming", "单晓明"), ("", "单晓明"),
        ]
        for (letters, name) in table {
            XCTAssertFalse(readings.spells(letters, name), "\(letters) → \(name)")
        }
    }
}
