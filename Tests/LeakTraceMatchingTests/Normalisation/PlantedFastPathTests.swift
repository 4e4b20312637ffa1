import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceMatching

/// The index reads plain planted names and numbers directly; that must be what the normalisers say.
final class PlantedFastPathTests: XCTestCase {
    func testANameCalledPlainIsOneTheNormaliserLeavesAsItIs() {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0x5EED_0007)
        var names = (0..<5_000).map { _ in generator.names.generate(using: &rng) }
        names += ["林晓岚", "欧阳娜娜", "陳志華", "张先生", "王小姐", "先生", "李收", "收件人王芳", "姓名王芳", "王某", "王 芳", "王", "王芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳",
                  "王芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳", "Lin Xiaolan", "林*岚", "阿姨", "张阿姨", "赵同学", "㐀㐁", "王芳·", "⺠芳", "兀芳"]
        var plain = 0
        for name in names {
            let expected: Bool
            if case .full(let normalized)? = NameNormalizer.observe(name) { expected = normalized == name } else { expected = false }
            // Sound, not complete: a name it calls plain is one the normaliser leaves as it is (王芳· is
            // left as it is too, yet goes through the normaliser; that costs time, never a result).
            if NameNormalizer.isPlainFullName(name) {
                XCTAssertTrue(expected, name)
                plain += 1
            }
            XCTAssertEqual(CanaryDetails.normalizedName(name).key, {
                if case .full(let n)? = NameNormalizer.observe(name) { return n } else { return nil }
            }(), name)
        }
        XCTAssertGreaterThan(plain, 4_500, "generated names are plain: the direct reading must be what serves them")
    }

    func testTheByteReadingOfAPlainNameAgreesWithTheStringOne() {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0x5EED_0009)
        var texts = (0..<3_000).map { _ in generator.names.generate(using: &rng) }
        texts += ["林晓岚", "陳志華", "张先生", "王小姐", "收件人王芳", "姓名王芳", "王某", "王 芳", "王", "林*岚", "Lin", "㐀㐁", "⺠芳", "兀芳",
                  "王芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳", "王芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳", "、王", "王。", "𠀀芳", "欧阳娜娜", "阿姨"]
        var decided = 0
        for text in texts {
            var bytes = Array(text.utf8)
            let answer = bytes.withUnsafeBufferPointer { NameNormalizer.isPlainFullName(utf8: $0) }
            if let answer {
                XCTAssertEqual(answer, NameNormalizer.isPlainFullName(text), text)
                decided += 1
            }
            // Cut or damaged bytes are never called plain.
            bytes.removeLast()
            XCTAssertNotEqual(bytes.withUnsafeBufferPointer { NameNormalizer.isPlainFullName(utf8: $0) }, true, text)
        }
        XCTAssertGreaterThan(decided, 2_800, "generated names must be decided from their bytes")
        var overlong: [UInt8] = [0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80]
        XCTAssertNil(overlong.withUnsafeMutableBufferPointer { NameNormalizer.isPlainFullName(utf8: UnsafeBufferPointer($0)) })
    }

    func testPlantedNumbersReadAsTheNormaliserReadsThem() {
        let texts = ["13812345678", "19912345678", "12812345678", "10012345678", "23812345678", "1381234567", "138123456789",
                     "138 1234 5678", "+8613812345678", "13812345678.0", "１３８１２３４５６７８", "138****5678", "0086-138-1234-5678", ""]
        for text in texts {
            var expected: PhoneKey?
            if case .full(let digits)? = PhoneNormalizer.observe(text) { expected = PhoneKey(digits: digits) }
            XCTAssertEqual(PhoneKey.planted(text), expected, text)
        }
        XCTAssertEqual(PhoneKey.planted("13812345678")?.value, 13_812_345_678)
        XCTAssertNil(PhoneKey.planted("12812345678"), "no mobile number starts 12")
    }
}
