import LeakTraceCore
import XCTest
@testable import LeakTraceIngest

final class BlockDecoderTests: XCTestCase {
    /// GB18030 text with two-byte (汉字), four-byte (😀, 𠀀) characters and invalid bytes: a lone 0xFF,
    /// a lone 0x80, a lead byte followed by a newline, and a four-byte prefix broken by ASCII.
    func damagedGB18030() throws -> [UInt8] {
        var bytes: [UInt8] = []
        for line in 0..<40 {
            bytes += try TextDecoding.encode("张伟\(line),13800138\(line % 10)00,浙江省杭州市😀𠀀", as: .gb18030)
            switch line % 5 {
            case 1: bytes += [0xFF]
            case 2: bytes += [0x80, 0x41]
            case 3: bytes += [0x81]   // then the newline: EILSEQ, not a character
            case 4: bytes += [0x81, 0x30, 0x41]
            default: break
            }
            bytes += [0x0A]
        }
        return bytes
    }

    /// Decodes `bytes` in blocks of `size`, the way `TextBlockSource` feeds them.
    func decodeInBlocks(_ bytes: [UInt8], size: Int, as encoding: TextEncoding) throws -> (text: [UInt8], badLines: Int, samples: [Int]) {
        let decoder = try BlockDecoder(encoding: encoding)
        var text: [UInt8] = []
        var offset = 0
        repeat {
            let end = min(offset + size, bytes.count)
            try bytes.withUnsafeBytes { raw in
                try decoder.decode(UnsafeRawBufferPointer(rebasing: raw[offset..<end]), isFinal: end == bytes.count)
            }
            text += decoder.decoded
            decoder.take(decoder.decoded.count)
            offset = end
        } while offset < bytes.count
        return (text, decoder.badLines, decoder.badLineSamples)
    }

    func testEveryBlockSizeGivesTheWholeFileTextAndBadLines() throws {
        let bytes = try damagedGB18030()
        let whole = try TextDecoding.decodedText(bytes, as: .gb18030)
        XCTAssertGreaterThan(whole.badLines, 20, "the fixture must be damaged")
        XCTAssertTrue(whole.string.contains("😀𠀀"))
        for size in Array(1...37) + [64, 1000, bytes.count] {
            let blocks = try decodeInBlocks(bytes, size: size, as: .gb18030)
            XCTAssertEqual(String(decoding: blocks.text, as: UTF8.self), whole.string, "block size \(size)")
            XCTAssertEqual(blocks.badLines, whole.badLines, "block size \(size)")
            XCTAssertEqual(blocks.samples, whole.badLineSamples, "block size \(size)")
        }
    }

    func testACharacterCutByTheLastBlockIsReplacedAsATruncatedFileIs() throws {
        let bytes = try TextDecoding.encode("李娜\n王芳", as: .gb18030).dropLast()   // half of 芳
        let whole = try TextDecoding.decodedText(Array(bytes), as: .gb18030)
        XCTAssertEqual(whole.string, "李娜\n王\u{FFFD}")
        for size in 1...bytes.count {
            let blocks = try decodeInBlocks(Array(bytes), size: size, as: .gb18030)
            XCTAssertEqual(String(decoding: blocks.text, as: UTF8.self), whole.string, "block size \(size)")
            XCTAssertEqual(blocks.badLines, 1)
            XCTAssertEqual(blocks.samples, [2])
        }
    }

    func testUTF16LosesItsBOMAndKeepsItsOddByteCounted() throws {
        for encoding in [TextEncoding.utf16LE, .utf16BE] {
            let bytes = try TextDecoding.encode("姓名,手机\n张伟,13800138000😀\n", as: encoding) + [0x41]   // an odd last byte
            let whole = try TextDecoding.decodedText(bytes, as: encoding)
            XCTAssertFalse(whole.string.hasPrefix("\u{FEFF}"))
            XCTAssertEqual(whole.badLines, 1)
            for size in 1...9 {
                let blocks = try decodeInBlocks(bytes, size: size, as: encoding)
                XCTAssertEqual(String(decoding: blocks.text, as: UTF8.self), whole.string, "\(encoding) block size \(size)")
                XCTAssertEqual(blocks.badLines, whole.badLines)
                XCTAssertEqual(blocks.samples, whole.badLineSamples)
            }
        }
    }
}
