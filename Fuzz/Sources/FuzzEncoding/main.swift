import FuzzSupport
import LeakTraceIngest

// Encoding detection and decoding (UTF-8, GB18030, UTF-16 through iconv).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEncoding(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.decode(data, size)
}

@_cdecl("FuzzEncoding_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzEncoding)
}
