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
    }

    /// Converts `input`; `skip` is how many bytes to step over an invalid sequence (2 keeps UTF-16 aligned).
    /// With `replacement` nil an invalid sequence throws instead (used when encoding text we produced).
    func convert(_ input: UnsafeRawBufferPointer, skip: Int, replacement: [UInt8]?, sampleLimit: Int = 5) throws -> Output {
        iconv(descriptor, nil, nil, nil, nil)   // reset shift state: the converter may be reused
        var output = Output(bytes: [])
        output.bytes.reserveCapacity(input.count + input.count / 2 + 16)
        guard let base = input.baseAddress, input.count > 0 else { return output }

        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        var newlinesCounted = 0        // '\n' bytes in output.bytes[..<scannedUpTo]
        var scannedUpTo = 0
        var lastBadLine = 0

        func noteInvalid() {
            for i in scannedUpTo..<output.bytes.count where output.bytes[i] == 0x0A { newlinesCounted += 1 }
            scannedUpTo = output.bytes.count
            output.invalidSequences += 1
            let line = newlinesCounted + 1
            if line != lastBadLine {
                lastBadLine = line
                output.badLines += 1
                if output.badLineSamples.count < sampleLimit { output.badLineSamples.append(line) }
            }
        }

        while inLeft > 0 {
            let (result, code, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int, Int32, Int) in
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let code = errno   // read at once: anything else may overwrite it
                return (result, code, buffer.count - outLeft)
            }
            output.bytes.append(contentsOf: chunk[0..<produced])
            guard result == -1 else { continue }
            switch code {
            case E2BIG:
                continue
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
        // Flush any pending shift sequence of a stateful target.
        let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outLeft = buffer.count
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            return buffer.count - outLeft
        }
        output.bytes.append(contentsOf: chunk[0..<produced])
        return output
    }
}
