import LeakTraceCore
import LeakTraceGeneration
import XCTest
@testable import LeakTraceMatching

/// The index reads a planted address's provinces from its first characters when it starts with a
/// province's full name; that must always be what the full parse says.
final class PlantedAddressTests: XCTestCase {
    private func fullParse(_ text: String) -> [Int32] { MaskedBlocks.provinces(of: AddressParser.parse(text)) }

    func testTheProvincePrefixAgreesWithTheFullParseForGeneratedAddresses() {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0x5EED_0006)
        var fast = 0
        for _ in 0..<5_000 {
            let text = generator.addresses.generate(using: &rng).text
            if ProvinceNames.standard.province(startingWith: text) != nil { fast += 1 }
            XCTAssertEqual(PlantedAddress.provinces(of: text), fullParse(text), text)
        }
        XCTAssertGreaterThan(fast, 4_000, "generated addresses start with their province: the prefix must be what serves them")
    }

    func testEveryProvinceNameAndHardCasesAgreeWithTheFullParse() {
        let g = DivisionGazetteer.standard
        var texts: [String] = []
        for entry in g.entries where entry.level == .province {
            texts += [entry.name, entry.name + "南山区科技路1号", entry.name + "三单元二〇一室", entry.name + " 人民路5号"]
        }
        texts += ["人民路5号", "地址：浙江省杭州市西湖区文三路100号", " 浙江省杭州市", "浙江杭州西湖区", "杭州市西湖区", "海南区新华路1号",
                  "吉林市船营区", "内蒙古自治区呼和浩特市", "内蒙古呼和浩特", "四川成都", "", "浙"]
        for text in texts {
            XCTAssertEqual(PlantedAddress.provinces(of: text), fullParse(text), text)
        }
        XCTAssertEqual(ProvinceNames.standard.province(startingWith: "内蒙古自治区呼和浩特市").map { g.entries[Int($0)].name }, "内蒙古自治区")
        XCTAssertNil(ProvinceNames.standard.province(startingWith: "浙江杭州"), "short names go through the parser")
    }
}

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
