import Foundation

extension DataProtocol {
    /// The bytes as one contiguous buffer whose base address is never nil (OpenSSL rejects a NULL
    /// input even with length 0). Single-region data (Data, [UInt8], slices) is used in place;
    /// only multi-region data such as DispatchData is copied.
    func withContiguousNonNullBytes<Result>(
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows -> Result {
        if regions.count == 1, let region = regions.first {
            let result: Result? = try region.withUnsafeBytes { buffer in
                guard buffer.baseAddress != nil else { return nil }
                return try body(buffer)
            }
            if let result { return result }
        } else if regions.count > 1 {
            let flattened = Array(self)
            if !flattened.isEmpty { return try flattened.withUnsafeBytes(body) }
        }
        // Empty input: hand over a real one-byte allocation with a count of zero.
        return try withUnsafeTemporaryAllocation(byteCount: 1, alignment: 1) { scratch in
            try body(UnsafeRawBufferPointer(start: scratch.baseAddress, count: 0))
        }
    }
}
