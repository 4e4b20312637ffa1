import Foundation
import LeakTraceIngest

/// Whether a file goes through the streaming delimited reader, decided from its first bytes as the
/// intake samples them: choosing a reader runs every reader's check on a 64 KiB sample (the chat
/// check alone is about 0.1 s), so it is worked out on a spare core while the evidence is hashed.
///
/// ```swift
/// let plan = try StreamPlan(path: "seized/list.csv", isWholeFile: false)
/// plan.streams   // true for a plain delimited list
/// ```
/// It is used only if the file's first bytes are still the same when matching begins
/// (`CaseMatcher.streamDelimited` reads them again and compares); otherwise it is worked out anew.
struct StreamPlan: Sendable {
    let head: [UInt8]
    let isWholeFile: Bool
    let sample: FileSample
    let streams: Bool

    init(path: String, head: [UInt8], isWholeFile: Bool) {
        self.head = head
        self.isWholeFile = isWholeFile
        sample = FileSample(path: path, head: head, isWholeFile: isWholeFile)
        if let reader = EvidenceIntake().registry.reader(for: sample) {
            streams = DelimitedStream.applies(to: sample, chosen: reader)
        } else {
            streams = false
        }
    }

    /// Before the file's size is known from its digests: a head shorter than a sample is the whole file.
    init(path: String) throws {
        let head = try CaseMatcher.head(of: path)
        self.init(path: path, head: head, isWholeFile: head.count < TextDecoding.sampleSize)
    }
}
