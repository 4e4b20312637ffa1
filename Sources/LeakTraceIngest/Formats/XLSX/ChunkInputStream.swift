import Foundation

/// An `InputStream` over `InflatedChunks`, so `XMLParser(stream:)` parses a workbook part while it
/// is being inflated, never holding more of it than a few chunks.
///
/// ```swift
/// let stream = ChunkInputStream(chunks)
/// let head = stream.prefix(64 * 1024)          // for checks before parsing; still read by the parser
/// let parser = XMLParser(stream: stream)
/// ```
final class ChunkInputStream: InputStream {
    private let chunks: InflatedChunks
    /// Bytes rather than `Data`: a chunk may be a slice of a larger `Data`, not indexed from zero.
    private var current: [UInt8] = []
    private var offset = 0

    init(_ chunks: InflatedChunks) {
        self.chunks = chunks
        super.init(data: Data())
    }

    /// Up to `count` first bytes of the part, without consuming them.
    func prefix(_ count: Int) -> [UInt8] {
        while current.count - offset < count, let next = chunks.take() {
            current = Array(current[offset...]) + next
            offset = 0
        }
        return Array(current[offset..<min(current.count, offset + count)])
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { true }
    override var streamStatus: Stream.Status { .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        if offset >= current.count {
            guard let next = chunks.take() else { return 0 }
            current = Array(next)
            offset = 0
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>) -> Bool {
        false
    }
}
