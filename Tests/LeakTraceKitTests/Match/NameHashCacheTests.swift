import LeakTraceCore
import LeakTraceGeneration
import LeakTraceIngest
import LeakTraceMatching
import XCTest
@testable import LeakTraceKit

/// The cache answers what `RecordCounter.normalizedNameHash` does for any name cell, plain or not,
/// asked once or again.
final class NameHashCacheTests: XCTestCase {
    /// One name cell held in memory the way a reader's block holds it.
    private final class NameRow: RowCells {
        let text: String
        private let bytes: UnsafeMutableBufferPointer<UInt8>

        init(_ text: String) {
            self.text = text
            bytes = .allocate(capacity: max(1, text.utf8.count))
            _ = bytes.initialize(from: text.utf8)
        }

        deinit { bytes.deallocate() }

        var number: Int { 1 }
        var roles: ColumnRoles { ColumnRoles(name: 0) }
        var cellCount: Int { 1 }
        func plainBytes(at column: Int) -> UnsafeBufferPointer<UInt8>? { UnsafeBufferPointer(rebasing: bytes[0..<text.utf8.count]) }
        func value(at column: Int) -> String { text }
    }

    func testEveryCellHashesAsTheCounterReadsIt() {
        let generator = CanaryGenerator()
        var rng = DeterministicRandom(seed: 0x5EED_000A)
        var texts = (0..<2_000).map { _ in generator.names.generate(using: &rng) }
        texts += ["陳志華", "张先生", "王小姐", "收件人王芳", "王 芳", "林*岚", "Lin Xiaolan", "", "王", "（王芳）", "王芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳芳",
                  "欧阳娜娜", "王某", "𠀀芳"]
        let canaries = [(id: "c1", person: PersonRecord(name: texts[0], phone: "13800138000", address: "浙江省杭州市西湖区文三路100号"))]
        var cache = NameHashCache(index: CanaryIndex(canaries))
        for round in 0..<2 {
            for text in texts {
                let row = NameRow(text)
                XCTAssertEqual(cache.hash(row, column: 0), RecordCounter.normalizedNameHash(text), "\(text), round \(round)")
            }
        }
        XCTAssertTrue(cache.isPlanted(NameRow(texts[0]), column: 0))
        XCTAssertFalse(cache.isPlanted(NameRow("陳志華"), column: 0))
    }
}
