import FuzzSupport
import LeakTraceIngest

// Workbooks: the zip container, expansion limits, the XML parts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(XLSXReader.self, path: "fuzz.xlsx", data, size)
}

@_cdecl("FuzzXLSX_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzXLSX)
}
