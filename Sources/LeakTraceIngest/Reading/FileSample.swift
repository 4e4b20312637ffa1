/// The first bytes of a file and their text: what readers look at to say whether they can read it.
///
/// ```swift
/// let sample = FileSample(path: "list.csv", head: Array(bytes.prefix(TextDecoding.sampleSize)))
/// sample.encoding        // .utf8
/// DelimitedTextReader.confidence(for: sample)   // 0.9
/// ```
public struct FileSample: Sendable {
    public let path: String
    public let head: [UInt8]
    /// `head` decoded in `encoding`; its last line may be cut short.
    public let decodedHead: String
    public let encoding: TextEncoding
    /// Whether `head` is the whole file (so its last line is complete).
    public let isWholeFile: Bool

    public init(path: String, head: [UInt8], decodedHead: String, encoding: TextEncoding, isWholeFile: Bool = false) {
        self.path = path
        self.head = head
        self.decodedHead = decodedHead
        self.encoding = encoding
        self.isWholeFile = isWholeFile
    }

    /// Detects the encoding of `head` and decodes it.
    public init(path: String, head: [UInt8], isWholeFile: Bool = false) {
        let encoding = TextDecoding.detect(head)
        let text = (try? TextDecoding.decode(head, as: encoding)) ?? String(decoding: head, as: UTF8.self)
        self.init(path: path, head: head, decodedHead: text, encoding: encoding, isWholeFile: isWholeFile)
    }

    /// The file name's extension, lower-cased, without the dot ("" when there is none).
    public var pathExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Whether the head is binary rather than text: many control characters or undecodable bytes.
    /// Text readers decline binary files so they get a clear "not a known format" error.
    public var looksBinary: Bool {
        var total = 0
        var suspicious = 0
        for scalar in decodedHead.unicodeScalars.prefix(16_384) {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x00...0x1F, 0x7F, 0xFFFD: suspicious += 1
            default: break
            }
        }
        return total > 0 && suspicious * 10 > total
    }
}
