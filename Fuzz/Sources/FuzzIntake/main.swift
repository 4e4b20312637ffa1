import FuzzSupport
import LeakTraceIngest

// The intake's own path on bytes: sample, encoding, the registry's choice of reader, the read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIntake(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    return ReaderFuzzing.intake(data, size)
}

@_cdecl("FuzzIntake_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    FuzzerDriver.run(argc, argv, fuzzIntake)
}
