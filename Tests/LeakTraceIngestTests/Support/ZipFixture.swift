import Foundation
import ZIPFoundation

/// Real zip files built in memory with ZIPFoundation, for the archive and workbook tests.
enum ZipFixture {
    /// Members in the order given, deflated (or stored), as the bytes of a .zip file.
    static func zip(_ members: [(name: String, bytes: [UInt8])], compressed: Bool = true) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for member in members {
            let bytes = member.bytes
            try archive.addEntry(
                with: member.name, type: .file, uncompressedSize: Int64(bytes.count),
                compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                Data(bytes[Int(position)..<(Int(position) + size)])
            }
        }
        return Array(archive.data ?? Data())
    }

    /// One member of `count` bytes produced `chunk` bytes at a time, never held whole: a zip bomb.
    static func bomb(name: String, prefix: [UInt8] = [], filler: UInt8, count: Int, others: [(name: String, bytes: [UInt8])] = []) throws -> [UInt8] {
        let archive = others.isEmpty
            ? try Archive(data: Data(), accessMode: .create)
            : try Archive(data: Data(try zip(others)), accessMode: .update)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(count), compressionMethod: .deflate, bufferSize: 1 << 20) { position, size in
            var chunk = Data(repeating: filler, count: size)
            let start = Int(position)
            if start < prefix.count {
                let end = min(prefix.count, start + size)
                chunk.replaceSubrange(0..<(end - start), with: prefix[start..<end])
            }
            return chunk
        }
        return Array(archive.data ?? Data())
    }
}
