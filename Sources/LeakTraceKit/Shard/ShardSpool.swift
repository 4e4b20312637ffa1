#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LeakTraceCore
import LeakTraceCrypto

/// A shard's stdin copied block by block into a temporary file, with its hashes taken on the way and
/// the list's header line put first when the piece lacks it.
///
/// ```swift
/// let spool = try ShardSpool(reading: STDIN_FILENO, header: "姓名,电话,地址", blockSize: 8 << 20)
/// defer { spool.remove() }
/// spool.bytes          // bytes read from stdin (the header added is not counted)
/// spool.isPlainUTF8    // false: the piece is read whole, as before, to keep its lossy decoding
/// ```
///
/// The block reader (`DelimitedStream`) reads regular files only, and an engine's pipe is none, so
/// the piece goes through disk: memory stays at one block whatever the piece's size. While copying
/// it notes whether the piece is plain UTF-8 (valid, no BOM, no NUL byte): only then does the
/// streamed read give what reading the lossily decoded piece whole gives, byte for byte.
final class ShardSpool {
    let path: String
    /// The header line (and its newline) written before the piece; empty when the piece has it.
    let prefix: [UInt8]
    private(set) var bytes = 0
    private(set) var isPlainUTF8 = true
    private(set) var sha256 = ""
    private(set) var md5 = ""
    private(set) var sm3 = ""

    init(reading descriptor: Int32, header: String?, blockSize: Int, directory: String = NSTemporaryDirectory()) throws {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast()) + Array("leaktrace-shard-XXXXXX".utf8CString)
        let output = mkstemp(&template)
        guard output >= 0 else {
            throw LeakTraceError.unreadableFile(path: directory, line: nil, reason: "cannot create a spool file: \(String(cString: strerror(errno)).lowercased())")
        }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { close(output) }
        do {
            var block = [UInt8](repeating: 0, count: max(blockSize, 4096))
            // The first line decides the header: read until it is whole, or too long to be the header.
            var head: [UInt8] = []
            let limit = (header?.utf8.count ?? 0) + 2
            var ended = false
            while !head.contains(0x0A) && head.count <= limit {
                let count = try Self.readBlock(descriptor, into: &block)
                if count == 0 { ended = true; break }
                head += block[..<count]
            }
            prefix = ShardMatcher.prefix(for: head, header: header)
            let digests = [StreamingDigest(.sha256), StreamingDigest(.md5), StreamingDigest(.sm3)]
            var checker = UTF8Checker()
            try Self.writeAll(output, prefix[...], path: path)
            var chunk = head[...]
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { isPlainUTF8 = false }
            while !chunk.isEmpty {
                chunk.withUnsafeBytes { raw in digests.forEach { $0.update(raw) } }
                bytes += chunk.count
                if isPlainUTF8 { isPlainUTF8 = checker.accepts(chunk) }
                try Self.writeAll(output, chunk, path: path)
                if ended { break }
                let count = try Self.readBlock(descriptor, into: &block)
                chunk = block[..<count]
                if count == 0 { break }
            }
            if isPlainUTF8 { isPlainUTF8 = checker.isComplete }
            sha256 = digests[0].finalize().hexString
            md5 = digests[1].finalize().hexString
            sm3 = digests[2].finalize().hexString
        } catch {
            unlink(path)
            throw error
        }
    }

    /// The piece as read, without the header put before it.
    func piece() throws -> [UInt8] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return [UInt8](data.dropFirst(prefix.count))
    }

    func remove() {
        unlink(path)
    }

    private static func readBlock(_ descriptor: Int32, into block: inout [UInt8]) throws -> Int {
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count >= 0 { return count }
            guard errno == EINTR else {
                throw LeakTraceError.unreadableFile(path: "stdin", line: nil, reason: String(cString: strerror(errno)).lowercased())
            }
        }
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>, path: String) throws {
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let count = write(descriptor, raw.baseAddress! + done, raw.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    throw LeakTraceError.unreadableFile(path: path, line: nil, reason: "cannot write the spool file: \(String(cString: strerror(errno)).lowercased())")
                }
                done += count
            }
        }
    }
}
