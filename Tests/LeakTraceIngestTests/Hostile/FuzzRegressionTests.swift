import Foundation
import XCTest
import LeakTraceCore
import LeakTraceIngest

/// Replays what `make fuzz` keeps: the seeds of Fuzz/corpus-seeds and every input a fuzzer ever
/// crashed, hung or blew memory on (Fuzz/corpus-regressions, minimised), through the same readers
/// and the same rules as the fuzz targets: no crash, only one-line `LeakTraceError`s, and the
/// summary counting exactly the records emitted.
final class FuzzRegressionTests: XCTestCase {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// Fuzz target folder → the reader it drives and the file name it reads under.
    static let readers: [String: (reader: any FormatReader.Type, path: String)] = [
        "delimited": (DelimitedTextReader.self, "fuzz.csv"),
        "line-text": (LineTextReader.self, "fuzz.txt"),
        "json": (JSONReader.self, "fuzz.json"),
        "sql": (SQLDumpReader.self, "fuzz.sql"),
        "chat": (ChatExportReader.self, "fuzz.txt"),
        "xlsx": (XLSXReader.self, "fuzz.xlsx"),
    ]

    private func inputs(_ target: String) throws -> [URL] {
        var found: [URL] = []
        for kind in ["corpus-seeds", "corpus-regressions"] {
            let folder = Self.fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            found += names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0) }
        }
        return found
    }

    private func check(_ reader: any FormatReader.Type, _ input: ReaderInput, _ name: String) {
        var emitted = 0
        do {
            let summary = try reader.init().read(input) { _ in emitted += 1 }
            XCTAssertEqual(summary.records, emitted, "\(name): the summary must count the records emitted")
        } catch let error as LeakTraceError {
            XCTAssertFalse(error.description.contains("\n"), "\(name): \(error.description)")
        } catch {
            XCTFail("\(name): \(type(of: error)) is not a LeakTraceError: \(error)")
        }
    }

    func testEveryReaderSurvivesItsSeedsAndRegressions() throws {
        var replayed = 0
        for (target, entry) in Self.readers.sorted(by: { $0.key < $1.key }) {
            for url in try inputs(target) {
                check(entry.reader, ReaderInput(path: entry.path, bytes: Array(try Data(contentsOf: url))), "\(target)/\(url.lastPathComponent)")
                replayed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(replayed, 9, "the seeds in Fuzz/corpus-seeds must be found")
    }

    func testTheIntakePathSurvivesItsSeedsAndRegressions() throws {
        let files = try inputs("intake")
        XCTAssertFalse(files.isEmpty)
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            for path in ["seized.csv", "seized.txt", "seized.json", "seized.sql", "seized.xlsx"] {
                let sample = FileSample(path: path, head: Array(bytes.prefix(TextDecoding.sampleSize)), isWholeFile: bytes.count <= TextDecoding.sampleSize)
                guard let reader = ReaderRegistry.standard.reader(for: sample) else { continue }
                check(reader, ReaderInput(path: path, bytes: bytes, sample: sample), "intake/\(url.lastPathComponent) as \(path)")
            }
        }
    }

    func testEveryEncodingDecodesItsSeedsAndRegressions() throws {
        let files = try inputs("encoding")
        XCTAssertFalse(files.isEmpty)
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            _ = TextDecoding.detect(Array(bytes.prefix(TextDecoding.sampleSize)))
            for encoding in TextEncoding.allCases {
                let text = try TextDecoding.decodedText(bytes, as: encoding)
                if encoding == .utf8, let valid = String(validating: bytes, as: UTF8.self) {
                    XCTAssertEqual(text.string, valid, url.lastPathComponent)
                }
            }
        }
        XCTAssertEqual(TextDecoding.detect(Array(try Data(contentsOf: files.first { $0.lastPathComponent == "gbk.txt" }!))), .gb18030)
    }
}
