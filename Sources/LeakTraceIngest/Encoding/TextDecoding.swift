/// Detects a seized file's encoding and turns its bytes into text, through iconv for everything but UTF-8.
///
/// ```swift
/// let encoding = TextDecoding.detect(Array(bytes.prefix(65_536)))   // .gb18030
/// let text = try TextDecoding.decode(bytes, as: encoding)           // "张三,13800138000,…"
/// ```
/// Damaged input never throws: invalid sequences become U+FFFD and the lines holding them are
/// counted (see `decodedText(_:as:path:)`), because the good rows of a damaged list still matter.
public enum TextDecoding {
    /// How many leading bytes callers should pass to `detect`.
    public static let sampleSize = 64 * 1024

    /// The encoding of a file, judged from its first bytes: a byte-order mark if present, else
    /// NUL patterns for BOM-less UTF-16, else whichever of UTF-8 and GB18030 reads it with fewer errors.
    public static func detect(_ head: [UInt8]) -> TextEncoding {
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] where head.starts(with: encoding.byteOrderMark) {
            return encoding
        }
        if let utf16 = utf16WithoutBOM(head) { return utf16 }
        let body = head[..<completeUTF8Prefix(head)]
        let utf8Errors = utf8ErrorCount(body)
        if utf8Errors == 0 { return .utf8 }
        // GB18030 accepts most byte pairs, so it wins only by producing strictly fewer errors;
        // a UTF-8 file with one damaged byte then stays UTF-8.
        let gbErrors = (try? body.withUnsafeBytes { raw in
            try IconvConverter(from: "GB18030", to: "UTF-8").convert(raw, skip: 1, replacement: []).invalidSequences
        }) ?? Int.max
        return gbErrors < utf8Errors ? .gb18030 : .utf8
    }

    /// The text of `bytes` read as `encoding`, with invalid sequences replaced by U+FFFD.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws -> String {
        try decodedText(bytes, as: encoding).string
    }

    /// The text of `bytes` read as `encoding`, BOM removed, with the lines that held invalid bytes counted.
    public static func decodedText(_ bytes: [UInt8], as encoding: TextEncoding, path: String = "") throws -> DecodedText {
        let bom = encoding.byteOrderMark
        let start = !bom.isEmpty && bytes.starts(with: bom) ? bom.count : 0
        switch encoding {
        case .utf8, .utf8BOM:
            return bytes.withUnsafeBufferPointer { buffer in
                let body = UnsafeBufferPointer(rebasing: buffer[start...])
                if let valid = String(validating: body, as: UTF8.self) {
                    return DecodedText(path: path, encoding: encoding, string: valid)
                }
                return repairUTF8(body, encoding: encoding, path: path)
            }
        case .gb18030, .utf16LE, .utf16BE:
            let converter = try IconvConverter(from: encoding.iconvName, to: "UTF-8")
            let output = try bytes.withUnsafeBytes { raw in
                try converter.convert(UnsafeRawBufferPointer(rebasing: raw[start...]), skip: encoding.invalidSkip, replacement: replacementCharacter)
            }
            return DecodedText(
                path: path, encoding: encoding, string: String(decoding: output.bytes, as: UTF8.self),
                badLines: output.badLines, badLineSamples: output.badLineSamples
            )
        }
    }

    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
    static let badLineSampleLimit = 5

    /// Line by line, so only the lines that hold invalid bytes are repaired and counted.
    private static func repairUTF8(_ body: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, path: String) -> DecodedText {
        var result = String()
        result.reserveCapacity(body.count)
        var badLines = 0
        var samples: [Int] = []
        var line = 1
        var start = 0
        while start <= body.count {
            var end = start
            while end < body.count && body[end] != 0x0A { end += 1 }
            let slice = UnsafeBufferPointer(rebasing: body[start..<end])
            if let valid = String(validating: slice, as: UTF8.self) {
                result += valid
            } else {
                result += String(decoding: slice, as: UTF8.self)
                badLines += 1
                if samples.count < badLineSampleLimit { samples.append(line) }
            }
            if end < body.count { result += "\n" }
            start = end + 1
            line += 1
        }
        return DecodedText(path: path, encoding: encoding, string: result, badLines: badLines, badLineSamples: samples)
    }

    /// BOM-less UTF-16 shows as NUL bytes in every other position of ASCII-heavy text.
    private static func utf16WithoutBOM(_ head: [UInt8]) -> TextEncoding? {
        guard head.count >= 4 else { return nil }
        var evenNULs = 0, oddNULs = 0
        for (i, byte) in head.enumerated() where byte == 0 {
            if i % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        let half = head.count / 2
        if oddNULs * 10 >= half * 3 && evenNULs * 10 < half { return .utf16LE }
        if evenNULs * 10 >= half * 3 && oddNULs * 10 < half { return .utf16BE }
        return nil
    }

    /// The head is cut at an arbitrary byte, so a multi-byte character split there is not an error.
    private static func completeUTF8Prefix(_ head: [UInt8]) -> Int {
        var i = head.count - 1
        var continuation = 0
        while i >= 0 && continuation < 3 && head[i] & 0xC0 == 0x80 { i -= 1; continuation += 1 }
        guard i >= 0 else { return head.count }
        let lead = head[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return head.count - i < length ? i : head.count
    }

    private static func utf8ErrorCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var errors = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return errors
            case .error: errors += 1
            }
        }
    }
}
