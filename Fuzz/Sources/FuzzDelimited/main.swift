import FuzzSupport
import LeakTraceIngest

// CSV, TSV, pipe- and semicolon-separated lists: dialect detection, quoting, column roles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimited(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(DelimitedTextReader.self, path: "fuzz.csv", data, size)
}

@_cdecl("FuzzDelimited_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzDelimited)
}
