/// Starts libFuzzer from a SwiftPM executable.
///
/// ```swift
/// @_cdecl("FuzzJSON_main")   // SwiftPM links `main` to `<Target>_main`
/// public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
///     FuzzerDriver.run(argc, argv, fuzzJSON)
/// }
/// ```
/// SwiftPM renames an executable's entry point to `<Target>_main` and aliases `main` to it; built
/// with `-parse-as-library` a fuzz target has no entry point of its own, so it names one that hands
/// over to libFuzzer's driver (`LLVMFuzzerRunDriver`, in libFuzzer since LLVM 11).
public enum FuzzerDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ test: TestOneInput) -> Int32 {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return llvmFuzzerRunDriver(&count, &arguments, test)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzerDriver.TestOneInput
) -> Int32
