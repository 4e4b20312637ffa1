#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeakTraceCore

/// A conversion through the C library's iconv, so no decoder is written by hand.
///
/// Invalid input never stops a conversion: each bad sequence becomes `replacement` and is reported
/// with the 1-based line of output it fell on, so the rest of a damaged file is still read.
final class IconvConverter {
    private let descriptor: iconv_t
    /// Where iconv writes before the bytes are appended to the output; kept, since a converter fed
    /// in blocks is called once per block.
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    private let from: String
    private let to: String

    init(from: String, to: String) throws {
        let cd = iconv_open(to, from)
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw LeakTraceError.invalidInput("iconv cannot convert \(from) to \(to) on this system")
        }
        self.descriptor = cd
        self.from = from
        self.to = to
    }

    deinit { iconv_close(descriptor) }

    /// The converted bytes, with the count of invalid sequences and the lines they fell on.
    struct Output {
        var bytes: [UInt8]
        var invalidSequences = 0
        /// Distinct output lines that received a replacement.
        var badLines = 0
        var badLineSamples: [Int] = []
        /// The line `bytes[counted]` falls on: lines stay numbered from the start of the text when
        /// a conversion is fed in blocks and the caller takes the bytes away between them.
        var line = 1
        var counted = 0
        var lastBadLine = 0

        /// The line the next converted byte falls on.
        mutating func currentLine() -> Int {
            line += Self.newlines(in: bytes, from: counted, to: bytes.count)
            counted = bytes.count
            return line
        }

        /// Forgets the first `count` bytes (taken by the caller), keeping the line count.
        mutating func removeFirst(_ count: Int) {
            guard count > 0 else { return }
            if counted < count {
                line += Self.newlines(in: bytes, from: counted, to: count)
                counted = count
            }
            bytes.removeFirst(count)
            counted -= count
        }

        /// memchr, not a byte loop: in blocks this runs over every converted byte.
        private static func newlines(in bytes: [UInt8], from start: Int, to stop: Int) -> Int {
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, start < stop else { return 0 }
                var found = 0
                var position = base + start
                let end = base + stop
                while position < end, let hit = memchr(position, 0x0A, end - position) {
                    found += 1
                    position = UnsafeRawPointer(hit) + 1
                }
                return found
            }
        }
    }

    /// Converts `input`; `skip` is how many bytes to step over an invalid sequence (2 keeps UTF-16 aligned).
    /// With `replacement` nil an invalid sequence throws instead (used when encoding text we produced).
    func convert(_ input: UnsafeRawBufferPointer, skip: Int, replacement: [UInt8]?, sampleLimit: Int = 5) throws -> Output {
        reset()
        var output = Output(bytes: [])
        output.bytes.reserveCapacity(input.count + input.count / 2 + 16)
        _ = try convert(input, skip: skip, replacement: replacement, isFinal: true, into: &output, sampleLimit: sampleLimit)
        finish(into: &output)
        return output
    }

    /// Clears any shift state, so the converter can start a new text.
    func reset() {
        iconv(descriptor, nil, nil, nil, nil)
    }

    /// Converts `input`, appending to `output` and counting invalid sequences there. Unless
    /// `isFinal`, a character cut by the end of `input` is left unconverted: the return value is how
    /// many bytes at the end of `input` were left, to be passed again in front of the next block.
    /// Whole or in blocks, the same bytes give the same output and the same counts.
    func convert(
        _ input: UnsafeRawBufferPointer, skip: Int, replacement: [UInt8]?, isFinal: Bool, into output: inout Output,
        sampleLimit: Int = 5
    ) throws -> Int {
        guard let base = input.baseAddress, input.count > 0 else { return 0 }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count

        func noteInvalid() {
            let line = output.currentLine()
            output.invalidSequences += 1
            if line != output.lastBadLine {
                output.lastBadLine = line
                output.badLines += 1
                if output.badLineSamples.count < sampleLimit { output.badLineSamples.append(line) }
            }
        }

        while inLeft > 0 {
            var result = 0
            var code: Int32 = 0
            let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count
                result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                code = errno   // read at once: anything else may overwrite it
                return buffer.count - outLeft
            }
            output.bytes.append(contentsOf: chunk[0..<produced])
            guard result == -1 else { continue }
            switch code {
            case E2BIG:
                continue
            case EINVAL where !isFinal:
                // A character cut by the block's end: its other bytes come with the next block.
                return inLeft
            case EILSEQ, EINVAL:
                // EINVAL: an incomplete sequence at the very end (a truncated file).
                guard let replacement else {
                    throw LeakTraceError.invalidInput("text cannot be represented in \(to)")
                }
                noteInvalid()
                output.bytes.append(contentsOf: replacement)
                let step = code == EINVAL ? inLeft : min(skip, inLeft)
                inPointer = inPointer.map { $0 + step }
                inLeft -= step
            default:
                throw LeakTraceError.invalidInput("iconv failed converting \(from) to \(to) (errno \(code))")
            }
        }
        return 0
    }

    /// Appends any pending shift sequence of a stateful target (none for UTF-8, but iconv's contract asks for it).
    func finish(into output: inout Output) {
        var chunk = [UInt8](repeating: 0, count: 64)
        let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outLeft = buffer.count
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            return buffer.count - outLeft
        }
        output.bytes.append(contentsOf: chunk[0..<produced])
    }
}
