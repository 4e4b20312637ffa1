import Foundation

/// What `leaktrace match` was asked to do.
public struct MatchRequest: Sendable {
    /// Files and folders, as given on the command line.
    public var inputs: [String]
    public var caseName: String
    public var examiner: String

    public init(inputs: [String], caseName: String, examiner: String) {
        self.inputs = inputs
        self.caseName = caseName
        self.examiner = examiner
    }
}
