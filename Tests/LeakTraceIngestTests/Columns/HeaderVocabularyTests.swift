import XCTest
@testable import LeakTraceIngest

final class HeaderVocabularyTests: XCTestCase {
    func testHeaderWordTable() {
        let table: [(String, FieldRole?)] = [
            ("姓名", .name), ("收件人", .name), ("收货人", .name), ("联系人", .name),
            ("电话", .phone), ("手机", .phone), ("手机号", .phone), ("联系方式", .phone),
            ("收件人电话", .phone), ("联系人手机", .phone),
            ("地址", .address), ("收货地址", .address), ("详细地址", .address), ("收件人地址", .address),
            ("Name", .name), ("recipient_name", .name), ("PhoneNumber", .phone), ("mobile", .phone),
            ("Tel", .phone), ("shipping address", .address),
            ("订单号", nil), ("金额", nil), ("hotel", nil), ("order_id", nil), ("", nil),
        ]
        for (header, expected) in table {
            XCTAssertEqual(HeaderVocabulary.role(for: header), expected, header)
        }
    }
}
