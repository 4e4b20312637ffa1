import FuzzSupport
import LeakTraceIngest

// Free text, one record a line: the fallback reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLineText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(LineTextReader.self, path: "fuzz.txt", data, size)
}

@_cdecl("FuzzLineText_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzLineText)
}
