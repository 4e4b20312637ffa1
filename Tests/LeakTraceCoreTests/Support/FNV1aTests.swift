import XCTest
@testable import LeakTraceCore

final class FNV1aTests: XCTestCase {
    /// The published 64-bit FNV-1a test vectors.
    func testPublishedVectors() {
        XCTAssertEqual(FNV1a.of("".utf8), 0xCBF2_9CE4_8422_2325)
        XCTAssertEqual(FNV1a.of("a".utf8), 0xAF63_DC4C_8601_EC8C)
        XCTAssertEqual(FNV1a.of("foobar".utf8), 0x8594_4171_F739_67E8)
    }

    func testStepwiseEqualsWhole() {
        var hash = FNV1a()
        for byte in "林晓岚".utf8 { hash.add(UInt64(byte)) }
        XCTAssertEqual(hash.value, FNV1a.of("林晓岚".utf8))
    }
}

final class SplitMix64Tests: XCTestCase {
    /// SplitMix64 seeded with 0 first outputs 0xE220A8397B1DCDAF.
    func testReferenceOutput() {
        XCTAssertEqual(SplitMix64.mixed(0 &+ SplitMix64.golden), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(SplitMix64.mixed(0), 0, "zero is its fixed point")
    }
}
