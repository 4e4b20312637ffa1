import FuzzSupport
import LeakTraceIngest

// QQ and WeChat chat exports and labelled OCR text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChat(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.read(ChatExportReader.self, path: "fuzz.txt", data, size)
}

@_cdecl("FuzzChat_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzChat)
}
