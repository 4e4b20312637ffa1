import FuzzSupport
import LeakTraceIngest

// JSON documents and JSON Lines: the parser, nesting limits, flattening.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(JSONReader.self, path: "fuzz.json", data, size)
}

@_cdecl("FuzzJSON_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzJSON)
}
