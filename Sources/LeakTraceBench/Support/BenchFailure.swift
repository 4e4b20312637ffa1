/// A one-line reason the bench cannot go on (bad option, missing tool, a command that failed).
///
/// ```swift
/// throw BenchFailure("leaktrace match failed: exit 1")
/// ```
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
