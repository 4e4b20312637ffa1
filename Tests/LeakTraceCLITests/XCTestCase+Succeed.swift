import Foundation
import XCTest

extension XCTestCase {
    /// Runs the real binary and fails the calling test, at the caller's line, unless it exits 0.
    ///
    /// ```swift
    /// try succeed(["init", "--playbook", playbook], work, ["LEAKTRACE_REGISTRY": work.file("r.db").path])
    /// ```
    @discardableResult
    func succeed(
        _ arguments: [String], _ work: WorkFolder, _ env: [String: String], file: StaticString = #filePath, line: UInt = #line
    ) throws -> LeakTraceBinary.Result {
        let result = try LeakTraceBinary.run(arguments, in: work.url, environment: env)
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.stderr)", file: file, line: line)
        return result
    }
}
