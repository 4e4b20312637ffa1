import XCTest
@testable import LeakTraceIngest

final class XMLPartParserTests: XCTestCase {
    func testProlog() {
        XCTAssertNil(XMLPartParser.prologProblem(Array(#"<?xml version="1.0"?><!-- note --><sst/>"#.utf8)))
        XCTAssertNil(XMLPartParser.prologProblem(Array("\u{FEFF}<sst><!-- <!DOCTYPE in text is harmless --></sst>".utf8)))
        XCTAssertNotNil(XMLPartParser.prologProblem(Array(#"<?xml version="1.0"?><!-- x --><!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#.utf8)))
        XCTAssertNotNil(XMLPartParser.prologProblem([0xFF, 0xFE, 0x3C, 0x00]), "UTF-16 parts are refused, not misread")
    }

    func testSharedStringsSkipPhoneticRunsAndJoinRichText() throws {
        let xml = #"<sst><si><r><t>张</t></r><r><t>伟</t></r><rPh><t>zhang wei</t></rPh></si><si><t>李娜</t></si></sst>"#
        let handler = SharedStringsHandler()
        try XMLPartParser.parse(Array(xml.utf8), part: "xl/sharedStrings.xml", handler: handler)
        XCTAssertEqual(handler.strings, ["张伟", "李娜"])
    }

    func testAPartOverTenMegabytesOnOneLineParses() throws {
        // libxml2 refuses a single push chunk over 10,000,000 bytes; Excel writes whole parts on one line.
        let count = 210_000
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><sst count="\#(count)">"#
        for i in 0..<count { xml += "<si><t>浙江省杭州市西湖区文三路\(i)号</t></si>" }
        xml += "</sst>"
        XCTAssertGreaterThan(xml.utf8.count, 10_000_000)
        let handler = SharedStringsHandler()
        try XMLPartParser.parse(Array(xml.utf8), part: "xl/sharedStrings.xml", handler: handler)
        XCTAssertEqual(handler.strings.count, count)
        XCTAssertEqual(handler.strings.last, "浙江省杭州市西湖区文三路\(count - 1)号")
    }

    func testMalformedXMLReportsItsLine() {
        XCTAssertThrowsError(try XMLPartParser.parse(Array("<sst>\n<si><t>a</si>\n</sst>".utf8), part: "p.xml", handler: SharedStringsHandler())) { error in
            guard let failure = error as? XMLPartParser.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(failure.message.hasPrefix("p.xml is not well-formed XML"), failure.message)
            XCTAssertFalse(failure.isRefusal)
            XCTAssertEqual(failure.line, 2)
        }
    }
}
