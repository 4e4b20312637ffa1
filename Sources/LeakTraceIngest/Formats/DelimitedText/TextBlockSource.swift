import LeakTraceCore

/// What a `DelimitedStream` scans: a UTF-8 file's own bytes, read straight into the scan buffer, or
/// a GB18030 / UTF-16 file decoded to UTF-8 block by block (`BlockDecoder`). Either way `observe`
/// sees the file's raw bytes, once and in order, because evidence hashes are of the file as seized.
///
/// ```swift
/// let source = try TextBlockSource(path: "list.csv", encoding: .gb18030, blockSize: BlockFile.standardBlockSize)
/// let count = try source.read(into: &buffer, from: 0, observe: { raw in digest.update(raw) })
/// source.isExhausted   // the whole file has been read and handed out
/// try source.close()
/// ```
final class TextBlockSource {
    let encoding: TextEncoding
    private let file: BlockFile
    private let decoder: BlockDecoder?
    /// Raw bytes of the next block to decode (unused for UTF-8).
    private var raw: [UInt8]
    private var rawFinished = false

    /// Raw bytes decoded at a time: iconv costs the same per byte in 1 MiB as in 8 MiB, and the
    /// smaller block keeps the raw and decoded buffers small beside the 8 MiB scan buffer.
    static let rawBlockSize = 1 << 20

    init(path: String, encoding: TextEncoding, blockSize: Int) throws {
        self.encoding = encoding
        self.file = try BlockFile(path: path)
        switch encoding {
        case .utf8, .utf8BOM:
            decoder = nil
            raw = []
        case .gb18030, .utf16LE, .utf16BE:
            decoder = try BlockDecoder(encoding: encoding)
            raw = [UInt8](repeating: 0, count: min(blockSize, Self.rawBlockSize))
        }
    }

    /// Whether the bytes handed out are decoded (valid UTF-8, BOM already dropped) rather than the file's own.
    var isDecoded: Bool { decoder != nil }

    /// Whether every byte of the file has been read and handed out.
    var isExhausted: Bool {
        guard let decoder else { return file.bytesRead >= file.size }
        return rawFinished && decoder.decoded.isEmpty
    }

    /// Lines the decoder found invalid bytes on (numbered from the file's start), with the first few.
    var badLines: (count: Int, samples: [Int]) {
        (decoder?.badLines ?? 0, decoder?.badLineSamples ?? [])
    }

    /// Fills `buffer[offset...]` with the next UTF-8 bytes; returns how many, 0 at the end.
    func read(into buffer: inout [UInt8], from offset: Int, observe: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        guard let decoder else {
            let count = try file.read(into: &buffer, from: offset)
            if count > 0 { try buffer.withUnsafeBytes { try observe(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count])) } }
            return count
        }
        var placed = 0
        while offset + placed < buffer.count {
            if decoder.decoded.isEmpty {
                if rawFinished { break }
                let count = try file.read(into: &raw, from: 0)
                rawFinished = count == 0 || file.bytesRead >= file.size
                try raw.withUnsafeBytes { whole in
                    let block = UnsafeRawBufferPointer(rebasing: whole[..<count])
                    if count > 0 { try observe(block) }
                    try decoder.decode(block, isFinal: rawFinished)
                }
                continue
            }
            let count = min(buffer.count - offset - placed, decoder.decoded.count)
            let start = offset + placed
            buffer.withUnsafeMutableBufferPointer { target in
                decoder.decoded.withUnsafeBufferPointer { source in
                    (target.baseAddress! + start).update(from: source.baseAddress!, count: count)
                }
            }
            decoder.take(count)
            placed += count
        }
        return placed
    }

    /// Closes the file; throws if it changed while it was read.
    func close() throws {
        try file.close()
    }
}
