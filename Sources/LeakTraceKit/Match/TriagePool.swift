import Foundation
import LeakTraceMatching

/// Prefilters kept between batches, one per core at work, so each keeps its warm caches (number
/// validity by prefix, normalised names). Which prefilter a batch gets changes only the time: the
/// caches never change a value.
///
/// ```swift
/// let pool = TriagePool(index: index, file: path)
/// var triage = pool.take()
/// defer { pool.put(triage) }
/// ```
final class TriagePool: @unchecked Sendable {
    private let lock = NSLock()
    private let index: CanaryIndex
    private let file: String
    private var idle: [RowTriage] = []

    init(index: CanaryIndex, file: String) {
        self.index = index
        self.file = file
    }

    func take() -> RowTriage {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? RowTriage(index: index, file: file)
    }

    func put(_ triage: RowTriage) {
        lock.lock()
        idle.append(triage)
        lock.unlock()
    }
}
