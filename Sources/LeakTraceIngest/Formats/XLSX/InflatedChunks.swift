import Foundation

/// The hand-off between the thread that inflates a workbook part (ZIPFoundation pushes chunks into
/// a closure) and the thread that parses it (`XMLParser` pulls from an `InputStream`): a queue of a
/// few chunks, so a part of any size passes through a fixed amount of memory.
///
/// ```swift
/// let chunks = InflatedChunks(capacity: 4)
/// // inflating thread:
/// guard chunks.put(chunk) else { throw Archive.ArchiveError.cancelledOperation }   // the parser stopped
/// chunks.finish(failure: nil)
/// // parsing thread:
/// while let chunk = chunks.take() { … }
/// chunks.cancel()
/// ```
/// Unchecked Sendable: every stored property is guarded by `condition`.
final class InflatedChunks: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var queue: [Data] = []
    private var finished = false
    private var cancelled = false
    private var storedFailure: Error?
    private var storedInflated = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Queues `chunk`, waiting while the queue is full; false once the reader has cancelled.
    func put(_ chunk: Data) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(chunk)
        storedInflated += chunk.count
        condition.broadcast()
        return true
    }

    /// The inflating side is done; `failure` is why it stopped early, if it did.
    func finish(failure: Error?) {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        if !cancelled { storedFailure = failure }
        condition.broadcast()
    }

    /// The next chunk, waiting for it; nil at the end (or after a failure or a cancel).
    func take() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished && !cancelled { condition.wait() }
        guard !cancelled, !queue.isEmpty else { return nil }
        let chunk = queue.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// The reader wants no more: a waiting or later `put` returns false.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        queue.removeAll()
        condition.broadcast()
    }

    /// Why inflating stopped early (a zip bomb, damaged data), once `finish` has been called.
    var failure: Error? {
        condition.lock()
        defer { condition.unlock() }
        return storedFailure
    }

    /// Bytes inflated and queued so far.
    var inflated: Int {
        condition.lock()
        defer { condition.unlock() }
        return storedInflated
    }
}
