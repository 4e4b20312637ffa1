/// Decodes a GB18030 (GBK, GB2312) or UTF-16 file to UTF-8 one block at a time, through iconv,
/// giving exactly the text and the `bad-encoding` lines `TextDecoding.decodedText` gives for the
/// whole file, so a list of any size decodes in the memory of one block.
///
/// ```swift
/// let decoder = try BlockDecoder(encoding: .gb18030)
/// try block.withUnsafeBytes { try decoder.decode($0, isFinal: false) }   // a character cut by the block's end waits
/// use(decoder.decoded); decoder.take(decoder.decoded.count)
/// try last.withUnsafeBytes { try decoder.decode($0, isFinal: true) }
/// decoder.badLines                                                          // as the whole-file decoder counts them
/// ```
/// A character cut by a block's end is held back (at most a few bytes) and decoded in front of the
/// next block, so invalid sequences are found, replaced by U+FFFD and counted on the same lines
/// whatever the block size.
final class BlockDecoder {
    let encoding: TextEncoding
    private let converter: IconvConverter
    private var output = IconvConverter.Output(bytes: [])
    /// The first bytes of a character cut by the previous block's end.
    private var carry: [UInt8] = []
    private var atStart = true

    /// How many bytes of the next block are decoded together with `carry`: more than any character needs.
    static let joinLength = 16

    init(encoding: TextEncoding) throws {
        precondition(encoding != .utf8 && encoding != .utf8BOM, "UTF-8 needs no decoding")
        self.encoding = encoding
        self.converter = try IconvConverter(from: encoding.iconvName, to: "UTF-8")
    }

    /// The UTF-8 decoded so far and not yet taken.
    var decoded: [UInt8] { output.bytes }
    /// Lines (1-based) that held invalid bytes, and the first few of them.
    var badLines: Int { output.badLines }
    var badLineSamples: [Int] { output.badLineSamples }

    /// Forgets the first `count` decoded bytes, which the caller has used.
    func take(_ count: Int) {
        output.removeFirst(count)
    }

    /// Decodes the file's next `block`; with `isFinal`, also what was held back, replaced as the
    /// whole-file decoder replaces a truncated last character.
    func decode(_ block: UnsafeRawBufferPointer, isFinal: Bool) throws {
        var body = block
        if atStart {
            let bom = encoding.byteOrderMark
            if block.count < bom.count && !isFinal {
                carry += block   // too short to tell whether the file starts with a BOM
                return
            }
            if !carry.isEmpty {
                let whole = carry + Array(block)
                carry = []
                try whole.withUnsafeBytes { try decode($0, isFinal: isFinal) }
                return
            }
            atStart = false
            // The byte-order mark is dropped, as `TextDecoding.decodedText` drops it.
            if !bom.isEmpty && block.starts(with: bom) { body = UnsafeRawBufferPointer(rebasing: block[bom.count...]) }
        }
        if !carry.isEmpty {
            try decodeHeld(carry, then: &body, isFinal: isFinal)
        }
        let left = try converter.convert(body, skip: encoding.invalidSkip, replacement: TextDecoding.replacementCharacter,
                                         isFinal: isFinal, into: &output, sampleLimit: TextDecoding.badLineSampleLimit)
        carry += body.suffix(left)
        if isFinal { converter.finish(into: &output) }
    }

    /// Decodes `held` together with the start of `body`, so the character cut between them is whole;
    /// moves `body` past the bytes that went with it.
    private func decodeHeld(_ held: [UInt8], then body: inout UnsafeRawBufferPointer, isFinal: Bool) throws {
        let taken = min(body.count, Self.joinLength)
        let joined = held + body.prefix(taken)
        carry = []
        let left = try joined.withUnsafeBytes { raw in
            try converter.convert(raw, skip: encoding.invalidSkip, replacement: TextDecoding.replacementCharacter,
                                  isFinal: isFinal && taken == body.count, into: &output, sampleLimit: TextDecoding.badLineSampleLimit)
        }
        if left <= taken {
            // What is left unconverted lies in `body`: decode it from there.
            body = UnsafeRawBufferPointer(rebasing: body[(taken - left)...])
        } else {
            // `body` was too short to complete the character: hold it all.
            carry = Array(joined.suffix(left))
            body = UnsafeRawBufferPointer(rebasing: body[body.count...])
        }
    }
}
