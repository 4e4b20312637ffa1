import LeakTraceCore
import LeakTraceIngest

/// Feeds one fuzz input to a reader and checks the rules every reader promises, so that breaking a
/// rule is a finding just like a crash: the only error is a one-line `LeakTraceError`, and the
/// summary counts exactly the records that were emitted.
///
/// ```swift
/// @_cdecl("LLVMFuzzerTestOneInput")
/// public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
///     ReaderFuzzing.read(DelimitedTextReader.self, path: "fuzz.csv", data, size)
/// }
/// ```
public enum ReaderFuzzing {
    public static func read(_ reader: any FormatReader.Type, path: String, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        check(reader, ReaderInput(path: path, bytes: Array(UnsafeBufferPointer(start: data, count: size))))
        return 0
    }

    /// The whole intake path on bytes: sample, encoding detection, the registry's choice of reader.
    public static func intake(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        for path in ["seized.csv", "seized.txt", "seized.json", "seized.sql", "seized.xlsx"] {
            let sample = FileSample(path: path, head: Array(bytes.prefix(TextDecoding.sampleSize)), isWholeFile: bytes.count <= TextDecoding.sampleSize)
            guard let reader = ReaderRegistry.standard.reader(for: sample) else { continue }
            check(reader, ReaderInput(path: path, bytes: bytes, sample: sample))
        }
        return 0
    }

    /// Every encoding decodes any bytes without trapping; valid UTF-8 decodes to itself.
    public static func decode(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        _ = TextDecoding.detect(Array(bytes.prefix(TextDecoding.sampleSize)))
        for encoding in TextEncoding.allCases {
            do {
                let text = try TextDecoding.decodedText(bytes, as: encoding)
                if encoding == .utf8, let valid = String(validating: bytes, as: UTF8.self) {
                    precondition(text.string == valid && text.badLines == 0, "valid UTF-8 changed in decoding")
                }
            } catch let error as LeakTraceError {
                precondition(!error.description.contains("\n"), "multi-line error: \(error.description)")
            } catch {
                preconditionFailure("\(encoding): an error that is not a LeakTraceError: \(error)")
            }
        }
        return 0
    }

    private static func check(_ reader: any FormatReader.Type, _ input: ReaderInput) {
        var emitted = 0
        do {
            let summary = try reader.init().read(input) { _ in emitted += 1 }
            precondition(summary.records == emitted, "\(reader.format): summary counts \(summary.records) records, \(emitted) emitted")
        } catch let error as LeakTraceError {
            precondition(!error.description.contains("\n"), "\(reader.format): multi-line error: \(error.description)")
        } catch {
            preconditionFailure("\(reader.format): an error that is not a LeakTraceError: \(error)")
        }
    }
}
