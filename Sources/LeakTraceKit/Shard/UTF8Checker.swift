/// Checks text arriving in pieces for what the streamed shard read needs: valid UTF-8, no NUL byte
/// (which could make the encoding look like UTF-16).
///
/// ```swift
/// var checker = UTF8Checker()
/// checker.accepts([0xE5, 0xBC])   // true: a character cut by the block's end waits for its rest
/// checker.accepts([0xA0])         // true: 张
/// checker.isComplete              // true: nothing left half-read
/// ```
///
/// A character split between two blocks is held back (at most three bytes) and checked with the
/// next block, so where the blocks were cut does not change the answer.
struct UTF8Checker {
    private var held: [UInt8] = []

    /// Whether the text so far, `bytes` included, is valid UTF-8 without NUL, but for a cut character at its end.
    mutating func accepts<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var text = held
        text.append(contentsOf: bytes)
        guard !text.contains(0) else { return false }
        let end = Self.completePrefix(text)
        held = Array(text[end...])
        return text.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[..<end]), as: UTF8.self) != nil }
    }

    /// Whether no cut character is left waiting (the text ended on a whole one).
    var isComplete: Bool { held.isEmpty }

    /// Where the last whole character ends: a lead byte whose continuation bytes are not all there is held back.
    static func completePrefix(_ text: [UInt8]) -> Int {
        var index = text.count - 1
        var continuation = 0
        while index >= 0 && continuation < 3 && text[index] & 0xC0 == 0x80 {
            index -= 1
            continuation += 1
        }
        guard index >= 0 else { return text.count }
        let lead = text[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return text.count - index < length ? index : text.count
    }
}
