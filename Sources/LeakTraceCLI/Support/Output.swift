import Foundation

/// Where commands write: results to stdout, progress and warnings to stderr.
enum Output {
    static func line(_ text: String) {
        print(text)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data("\(text)\n".utf8))
    }

    /// Progress goes to stderr only when it is a terminal, so pipes and CI logs stay clean.
    static var progressEnabled: Bool { isatty(STDERR_FILENO) == 1 }

    static func progress(_ text: String) {
        guard progressEnabled else { return }
        note("… \(text)")
    }
}
