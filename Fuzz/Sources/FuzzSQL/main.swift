import FuzzSupport
import LeakTraceIngest

// SQL dumps: the lexer, INSERT tuples, CREATE TABLE column names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSQL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(SQLDumpReader.self, path: "fuzz.sql", data, size)
}

@_cdecl("FuzzSQL_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzSQL)
}
