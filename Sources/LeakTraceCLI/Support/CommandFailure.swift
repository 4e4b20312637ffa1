/// A command that ran but whose answer is "no" (a report that does not verify, a broken audit log):
/// one line on stderr and a non-zero exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32 = 1
}
