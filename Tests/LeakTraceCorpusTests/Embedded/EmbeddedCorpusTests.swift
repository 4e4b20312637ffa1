import Foundation
import XCTest
@testable import LeakTraceCorpus

final class EmbeddedCorpusTests: XCTestCase {
    private let embedded: [String: String] = [
        "divisions.tsv": EmbeddedCorpus.divisions,
        "surnames.tsv": EmbeddedCorpus.surnames,
        "given_name_chars.tsv": EmbeddedCorpus.givenNameCharacters,
        "mobile_prefixes.tsv": EmbeddedCorpus.mobilePrefixes,
        "traditional_simplified.tsv": EmbeddedCorpus.traditionalSimplified,
        "address_patterns.tsv": EmbeddedCorpus.addressPatterns,
        "province_weights.tsv": EmbeddedCorpus.provinceWeights,
        "order_catalogue.tsv": EmbeddedCorpus.orderCatalogue,
        "pinyin.tsv": EmbeddedCorpus.pinyin,
    ]

    func testEveryEmbeddedStringEqualsItsCorpusFileByteForByte() throws {
        for (name, text) in embedded {
            let file = try CorpusDirectory.data(name)
            XCTAssertEqual(Data(text.utf8), file, "\(name): embedded text drifted; run python3 Corpus/build_corpus.py")
        }
    }

    func testEveryCorpusTableIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusDirectory.url.path)
            .filter { $0.hasSuffix(".tsv") }
        XCTAssertEqual(Set(files), Set(embedded.keys))
    }
}
