/// Checks that a zip's end-of-central-directory record and every central-directory entry point inside
/// the container before ZIPFoundation walks them.
///
/// ```swift
/// try ZipDirectoryCheck(byteCount: bytes.count) { offset, count in
///     Array(bytes[offset..<offset + count])
/// }.run()
/// ```
/// ZIPFoundation trusts those offsets and, on an in-memory archive, traps on a range past the end
/// instead of throwing (found by `make fuzz`). A trap would kill the whole match, so seized archives
/// are held to the structure first; anything that fails is reported as damaged, never opened.
/// Zip64 archives (fields set to their 0xFFFF… markers) are refused with a clear reason, because
/// their real offsets live in a record this check does not follow.
struct ZipDirectoryCheck {
    /// Reads `count` bytes at `offset`; returns nil when they are not all there.
    typealias Reader = (_ offset: Int, _ count: Int) -> [UInt8]?

    let byteCount: Int
    let read: Reader

    init(byteCount: Int, read: @escaping Reader) {
        self.byteCount = byteCount
        self.read = read
    }

    /// Reads directly from an in-memory container.
    init(bytes: [UInt8]) {
        self.init(byteCount: bytes.count) { offset, count in
            guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
            return Array(bytes[offset..<offset + count])
        }
    }

    /// Returns nil when the structure holds, or the reason it does not.
    func problem() -> String? {
        let endRecordSize = 22
        guard byteCount >= endRecordSize else { return "shorter than a zip's end record" }
        // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
        let tailCount = min(byteCount, endRecordSize + 0xFFFF)
        guard let tail = read(byteCount - tailCount, tailCount) else { return "cannot read the zip's end record" }
        var endAt: Int?
        var index = tail.count - endRecordSize
        while index >= 0 {
            if tail.le32(index) == 0x0605_4B50 { endAt = index; break }
            index -= 1
        }
        guard let end = endAt else { return "no end-of-central-directory record" }
        let entries = Int(tail.le16(end + 10))
        let directorySize = Int(tail.le32(end + 12))
        let directoryOffset = Int(tail.le32(end + 16))
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            return "zip64 archives are not supported"
        }
        let endOffset = byteCount - tailCount + end
        guard directoryOffset + directorySize <= endOffset else {
            return "central directory (offset \(directoryOffset), \(directorySize) bytes) lies past the end record"
        }
        guard let directory = read(directoryOffset, directorySize) else { return "cannot read the central directory" }
        var cursor = 0
        for entry in 0..<entries {
            let fixed = 46
            guard cursor + fixed <= directory.count, directory.le32(cursor) == 0x0201_4B50 else {
                return "central-directory entry \(entry + 1) of \(entries) is missing or damaged"
            }
            let compressed = Int(directory.le32(cursor + 20))
            let uncompressed = Int(directory.le32(cursor + 24))
            let variable = Int(directory.le16(cursor + 28)) + Int(directory.le16(cursor + 30)) + Int(directory.le16(cursor + 32))
            let local = Int(directory.le32(cursor + 42))
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return "zip64 archives are not supported"
            }
            guard cursor + fixed + variable <= directory.count else {
                return "central-directory entry \(entry + 1) runs past the directory"
            }
            if let problem = localHeaderProblem(at: local, compressed: compressed, limit: directoryOffset, entry: entry + 1) {
                return problem
            }
            cursor += fixed + variable
        }
        return nil
    }

    private func localHeaderProblem(at offset: Int, compressed: Int, limit: Int, entry: Int) -> String? {
        let fixed = 30
        guard offset + fixed <= limit, let header = read(offset, fixed), header.le32(0) == 0x0403_4B50 else {
            return "entry \(entry)'s local header is missing or lies outside the archive"
        }
        let variable = Int(header.le16(26)) + Int(header.le16(28))
        guard offset + fixed + variable + compressed <= limit else {
            return "entry \(entry)'s data runs past the central directory"
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    func le16(_ at: Int) -> UInt16 {
        UInt16(self[at]) | UInt16(self[at + 1]) << 8
    }

    func le32(_ at: Int) -> UInt32 {
        UInt32(self[at]) | UInt32(self[at + 1]) << 8 | UInt32(self[at + 2]) << 16 | UInt32(self[at + 3]) << 24
    }
}
