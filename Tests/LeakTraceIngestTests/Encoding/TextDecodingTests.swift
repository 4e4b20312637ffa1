import XCTest
@testable import LeakTraceIngest

final class TextDecodingTests: XCTestCase {
    // 张三 in GBK/GB18030 and UTF-16LE, from the code tables (not from our own encoder).
    let zhangSanGBK: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD]
    let zhangSanUTF16LE: [UInt8] = [0x20, 0x5F, 0x09, 0x4E]

    func testEncodeProducesTheCodeTableBytes() throws {
        XCTAssertEqual(try TextDecoding.encode("张三", as: .gb18030), zhangSanGBK)
        XCTAssertEqual(try TextDecoding.encode("张三", as: .utf16LE), [0xFF, 0xFE] + zhangSanUTF16LE)
        XCTAssertEqual(try TextDecoding.encode("张三", as: .utf8BOM), [0xEF, 0xBB, 0xBF] + Array("张三".utf8))
    }

    func testDetectsEachEncoding() throws {
        let line = "收件人,手机,地址\n张三,13800138000,北京市朝阳区建国路88号\n"
        XCTAssertEqual(TextDecoding.detect(Array(line.utf8)), .utf8)
        XCTAssertEqual(TextDecoding.detect([0xEF, 0xBB, 0xBF] + Array(line.utf8)), .utf8BOM)
        XCTAssertEqual(TextDecoding.detect(try TextDecoding.encode(line, as: .gb18030)), .gb18030)
        XCTAssertEqual(TextDecoding.detect(try TextDecoding.encode(line, as: .utf16LE)), .utf16LE)
        XCTAssertEqual(TextDecoding.detect(try TextDecoding.encode(line, as: .utf16BE)), .utf16BE)
        XCTAssertEqual(TextDecoding.detect(zhangSanGBK + Array(",13800138000\n".utf8)), .gb18030)
    }

    func testBOMLessUTF16IsRecognisedFromItsNULs() {
        let ascii = Array("name,phone\nzhang,13800138000\n".utf8)
        let le: [UInt8] = ascii.flatMap { [$0, 0] }
        let be: [UInt8] = ascii.flatMap { [0, $0] }
        XCTAssertEqual(TextDecoding.detect(le), .utf16LE)
        XCTAssertEqual(TextDecoding.detect(be), .utf16BE)
    }

    func testAUTF8CharacterCutByTheSampleEndIsNotAnError() {
        let bytes = Array("张三李四".utf8)
        XCTAssertEqual(TextDecoding.detect(Array(bytes.dropLast(1))), .utf8)
        XCTAssertEqual(TextDecoding.detect(Array(bytes.dropLast(2))), .utf8)
    }

    func testDecodesGB18030AndUTF16AndStripsTheBOM() throws {
        XCTAssertEqual(try TextDecoding.decode(zhangSanGBK, as: .gb18030), "张三")
        XCTAssertEqual(try TextDecoding.decode([0xFF, 0xFE] + zhangSanUTF16LE, as: .utf16LE), "张三")
        XCTAssertEqual(try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("张三".utf8), as: .utf8BOM), "张三")
    }

    func testInvalidGBKBytesAreReplacedAndTheirLinesCounted() throws {
        // Line 2 holds 0xFF, never valid in GB18030; lines 1 and 3 must survive intact.
        let bytes = zhangSanGBK + [0x0A] + [0x41, 0xFF, 0x42, 0x0A] + zhangSanGBK + [0x0A]
        let text = try TextDecoding.decodedText(bytes, as: .gb18030)
        XCTAssertEqual(text.string, "张三\nA\u{FFFD}B\n张三\n")
        XCTAssertEqual(text.badLines, 1)
        XCTAssertEqual(text.badLineSamples, [2])
    }

    func testInvalidUTF8IsRepairedLineByLine() throws {
        let bytes = Array("ok\n".utf8) + [0x61, 0xC3, 0x0A] + Array("张三\n".utf8) + [0xFE, 0xFE]
        let text = try TextDecoding.decodedText(bytes, as: .utf8)
        XCTAssertEqual(text.string, "ok\na\u{FFFD}\n张三\n\u{FFFD}\u{FFFD}")
        XCTAssertEqual(text.badLines, 2)
        XCTAssertEqual(text.badLineSamples, [2, 4])
    }

    func testTruncatedMultiByteSequenceAtTheEndIsReplacedNotFatal() throws {
        let text = try TextDecoding.decodedText(zhangSanGBK + [0xD5], as: .gb18030)
        XCTAssertEqual(text.string, "张三\u{FFFD}")
        XCTAssertEqual(text.badLines, 1)
        let odd = try TextDecoding.decodedText([0xFF, 0xFE] + zhangSanUTF16LE + [0x41], as: .utf16LE)
        XCTAssertEqual(odd.string, "张三\u{FFFD}")
    }

    func testRoundTripThroughEveryEncoding() throws {
        let text = "姓名\t电话\n欧阳娜娜\t+86 138-0013-8000\n𠀀\n"
        for encoding in TextEncoding.allCases {
            let bytes = try TextDecoding.encode(text, as: encoding)
            XCTAssertEqual(TextDecoding.detect(bytes), encoding, "\(encoding)")
            XCTAssertEqual(try TextDecoding.decode(bytes, as: encoding), text, "\(encoding)")
        }
    }
}
