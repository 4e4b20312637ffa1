import COpenSSL

/// An `OSSL_PARAM` array whose keys and values it owns.
///
/// `OSSL_PARAM` only points at its key and data, and Swift's implicit string and array bridging
/// gives pointers that die when the call returns; so every buffer is copied into memory this list
/// owns, and wiped (it often holds keys) before it is freed.
final class ParameterList {
    private var parameters: [OSSL_PARAM] = []
    private var buffers: [(pointer: UnsafeMutableRawPointer, count: Int)] = []

    init() {}

    deinit {
        for buffer in buffers {
            OPENSSL_cleanse(buffer.pointer, buffer.count)
            free(buffer.pointer)
        }
    }

    func utf8String(_ key: String, _ value: String) {
        let keyPointer = own(Array(key.utf8CString))
        let valueBytes = Array(value.utf8CString)
        let valuePointer = own(valueBytes)
        // The length excludes the terminating NUL, as OSSL_PARAM_construct_utf8_string expects.
        parameters.append(
            OSSL_PARAM_construct_utf8_string(
                keyPointer.assumingMemoryBound(to: CChar.self),
                valuePointer.assumingMemoryBound(to: CChar.self),
                valueBytes.count - 1))
    }

    func octetString(_ key: String, _ value: [UInt8]) {
        let keyPointer = own(Array(key.utf8CString))
        let valuePointer = own(value)
        parameters.append(
            OSSL_PARAM_construct_octet_string(
                keyPointer.assumingMemoryBound(to: CChar.self), valuePointer, value.count))
    }

    /// The array, terminated by `OSSL_PARAM_END`, valid only inside `body`.
    func withParameters<Result>(_ body: (UnsafePointer<OSSL_PARAM>) throws -> Result) rethrows -> Result {
        let terminated = parameters + [OSSL_PARAM_construct_end()]
        return try terminated.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Copies `bytes` into a malloc'd buffer of at least one byte, so that even an empty salt or
    /// info gets a non-NULL pointer (OpenSSL treats NULL as "parameter absent").
    private func own<T>(_ bytes: [T]) -> UnsafeMutableRawPointer {
        let count = bytes.count * MemoryLayout<T>.stride
        guard let pointer = malloc(max(count, 1)) else { fatalError("out of memory") }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { pointer.copyMemory(from: base, byteCount: count) }
        }
        buffers.append((pointer, max(count, 1)))
        return pointer
    }
}
